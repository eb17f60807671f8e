package cn.xuchang.hrss.subsidy;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The rules of STYLE.md that a build can check, and the floors of the README's architecture picture. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.xuchang.hrss.subsidy");
    }

    /**
     * The policy core is chosen by name, not by a list: a scheme's rule is its {@code *Eligibility}, a check of a
     * filing its {@code *Completeness}, and the shared rules are named for what they decide ({@code *Scoring},
     * {@code *Months}, {@code *Calendar}, the registry's {@code *Number} and {@code *Code} checks). A new scheme's
     * {@code VoucherEligibility} is held to it without a change here.
     */
    @Test
    void policyCoreIsPlainJava() {
        DescribedPredicate<JavaClass> policy = new DescribedPredicate<>("policy classes, by name") {
            @Override
            public boolean test(JavaClass type) {
                String name =
                        type.getEnclosingClass().map(JavaClass::getSimpleName).orElse(type.getSimpleName());
                if (type.isAnnotatedWith(Component.class)) {
                    return false; // a bean is an adapter around the core (CheckFilingCompleteness), not the core
                }
                return name.endsWith("Eligibility")
                        || name.endsWith("Completeness")
                        || name.endsWith("Scoring")
                        || name.endsWith("Months")
                        || name.endsWith("Calendar")
                        || (type.getPackageName().endsWith(".registry")
                                && (name.endsWith("Number") || name.endsWith("Code")));
            }
        };
        assertThat(classes.stream().filter(policy::test).map(JavaClass::getSimpleName))
                .contains(
                        "HiringEligibility",
                        "ReferralEligibility",
                        "EvaluationEligibility",
                        "ExpertScoring",
                        "IdNumber");
        classes()
                .that(policy)
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.springframework..", "org.camunda..")
                .check(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("cn.xuchang.hrss.subsidy.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theKernelImportsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("cn.xuchang.hrss.subsidy.kernel..")
                .should()
                .dependOnClassesThat(resideInAPackage("cn.xuchang.hrss.subsidy..")
                        .and(not(resideInAPackage("cn.xuchang.hrss.subsidy.kernel.."))))
                .check(classes);
    }

    @Test
    void onlyTheTopFloorImportsTheWiringOrTheDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackages("cn.xuchang.hrss.subsidy.system..", "cn.xuchang.hrss.subsidy.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.xuchang.hrss.subsidy.system..", "cn.xuchang.hrss.subsidy.demo..")
                .check(classes);
    }

    @Test
    void theSchemesDoNotKnowEachOther() {
        slices().matching("cn.xuchang.hrss.subsidy.(hiring|referral|startup|evaluation|voucher)..")
                .should()
                .notDependOnEachOther()
                .check(classes);
    }

    @Test
    void aDelegateIsOneBeanInItsOwnFileNamedAsTheBpmnNamesIt() {
        noMethods()
                .that()
                .areAnnotatedWith(Bean.class)
                .should()
                .haveRawReturnType(JavaDelegate.class)
                .orShould()
                .haveRawReturnType(TaskListener.class)
                .orShould()
                .haveRawReturnType(ExecutionListener.class)
                .check(classes);
        classes()
                .that()
                .implement(JavaDelegate.class)
                .and()
                .areAnnotatedWith(Component.class)
                .should(new ArchCondition<>("be named as their bean, with a capital first letter") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String bean = type.getAnnotationOfType(Component.class).value();
                        String expected = bean.isEmpty()
                                ? type.getSimpleName()
                                : Character.toUpperCase(bean.charAt(0)) + bean.substring(1);
                        if (!type.getSimpleName().equals(expected) || type.isNestedClass()) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is the bean " + bean));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void mappersAreTopLevelInterfacesWithTheirSqlInXml() {
        classes()
                .that()
                .areAnnotatedWith(Mapper.class)
                .should()
                .notBeNestedClasses()
                .check(classes);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Mapper.class)
                .should()
                .beAnnotatedWith(Select.class)
                .orShould()
                .beAnnotatedWith(Insert.class)
                .orShould()
                .beAnnotatedWith(Update.class)
                .orShould()
                .beAnnotatedWith(Delete.class)
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void theLedgerKnowsNothingOfClaimsOrSchemesRules() {
        noClasses()
                .that()
                .resideInAPackage("..ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..claim..", "..hiring..", "..referral..", "..startup..", "..registry..", "..review..")
                .check(classes);
    }

    @Test
    void theRegistriesDependOnNoProcess() {
        noClasses()
                .that()
                .resideInAPackage("..registry..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..claim..", "..hiring..", "..referral..", "..startup..", "..ledger..", "..review..")
                .check(classes);
    }

    @Test
    void sharedClaimMachineryDependsOnNoScheme() {
        noClasses()
                .that()
                .resideInAnyPackage("..claim..", "..review..", "..notification..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..hiring..", "..referral..", "..startup..")
                .check(classes);
    }

    @Test
    void theCatalogueKnowsNothingOfTheSchemesThatUseIt() {
        noClasses()
                .that()
                .resideInAPackage("..institution..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..evaluation..", "..hiring..")
                .check(classes);
    }

    @Test
    void thePortalIsItsOwnPartOfTheHouse() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..portal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..portal..")
                .check(classes);
    }

    @Test
    void rosterReceiptAndAttachmentFilesKnowNoScheme() {
        noClasses()
                .that()
                .resideInAnyPackage("..roster..", "..receipt..", "..attachment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..hiring..", "..referral..", "..evaluation..", "..startup..", "..portal..")
                .check(classes);
    }

    @Test
    void processModelsReferenceSpringBeansNeverClasses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            List<Path> models =
                    files.filter(f -> f.toString().endsWith(".bpmn")).toList();
            assertThat(models).isNotEmpty();
            for (Path model : models) {
                String xml = Files.readString(model);
                assertThat(xml).as(model.toString()).doesNotContain("camunda:class=");
                assertThat(xml)
                        .as(model + ": generated Modeler ids")
                        .doesNotContainPattern("id=\"(Activity|Gateway|Event|Flow|StartEvent|EndEvent)_[0-9a-z]{7}\"");
            }
        }
    }
}
