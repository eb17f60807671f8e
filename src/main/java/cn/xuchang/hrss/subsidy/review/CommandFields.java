package cn.xuchang.hrss.subsidy.review;

import java.lang.reflect.Field;

/**
 * Reads what an engine command carries (its task id, its variables, the new assignee) from the command's own fields:
 * the engine's command classes have no getters for them. A field that is missing in this engine version fails the
 * start-up, so no command ever passes the rules unchecked after an upgrade.
 */
final class CommandFields {

    private CommandFields() {}

    static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("engine command " + type.getName() + " has no field " + name, e);
        }
    }

    static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
