package cn.xuchang.hrss.subsidy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of STYLE.md that a build can check. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.xuchang.hrss.subsidy");
    }

    @Test
    void policyCoreIsPlainJava() {
        classes()
                .that()
                .haveSimpleNameStartingWith("HiringEligibility")
                .or()
                .haveSimpleNameStartingWith("ReferralEligibility")
                .or()
                .haveSimpleNameStartingWith("ExpertScoring")
                .or()
                .haveSimpleNameStartingWith("ConsecutiveMonths")
                .or()
                .haveSimpleNameStartingWith("WorkingCalendar")
                .or()
                .haveSimpleName("IdNumber")
                .or()
                .haveSimpleName("CreditCode")
                .or()
                .haveSimpleNameStartingWith("FilingCompleteness")
                .or()
                .haveSimpleNameStartingWith("EvaluationEligibility")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.springframework..", "org.camunda..")
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
