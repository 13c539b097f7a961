package org.alliancecompact.confluence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Layers only call downward: the HTTP layer ({@code rest}) and the preview server sit on top; the domain
 * services, permission checks, storage and macros know nothing of them and raise the plugin's own
 * {@code refusal} exceptions, which {@code rest} turns into HTTP answers.
 */
class LayersTest {

    private static final String ROOT = "org.alliancecompact.confluence";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void nothingBelowTheHttpLayerDependsOnIt() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        ROOT + ".service..",
                        ROOT + ".permission..",
                        ROOT + ".storage..",
                        ROOT + ".macro..",
                        ROOT + ".page..",
                        ROOT + ".refusal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".rest..", ROOT + ".preview..")
                .check(MAIN);
    }

    @Test
    void theRefusalsDependOnNothingElseOfThePlugins() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".refusal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".service..",
                        ROOT + ".permission..",
                        ROOT + ".storage..",
                        ROOT + ".macro..",
                        ROOT + ".page..",
                        ROOT + ".rest..",
                        ROOT + ".preview..")
                .check(MAIN);
    }
}
