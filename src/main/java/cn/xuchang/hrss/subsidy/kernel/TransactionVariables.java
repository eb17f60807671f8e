package cn.xuchang.hrss.subsidy.kernel;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Process variables that only the rest of the current transaction reads, e.g. a gateway right after the step that sets
 * them: set transient, so that the engine neither stores them nor writes their history, and has none to delete when
 * the process ends. A process instance that already stores such a variable (started before it became transient) keeps
 * it stored: the engine refuses to mix the two kinds under one name.
 */
public final class TransactionVariables {

    private TransactionVariables() {}

    /** Sets {@code name} for the rest of this transaction, where {@link VariableScope#setVariable} would set it. */
    public static void set(VariableScope scope, String name, Object value) {
        TypedValue stored = scope.getVariableTyped(name, false);
        boolean persistent = stored != null && !stored.isTransient();
        scope.setVariable(name, persistent ? value : Variables.untypedValue(value, true));
    }
}
