package dev.careermentor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core knows nothing of Discord, Slack or how the process is run; the adapter base knows no platform. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.careermentor");

    @Test
    void coreDoesNotUseDiscordOrSlackLibraries() {
        noClasses()
                .that()
                .resideInAPackage("dev.careermentor.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.dv8tion..", "com.slack..", "okhttp3..")
                .because("the core must stay transport-neutral; adapters translate to and from it")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotUseTheAdaptersOrTheApp() {
        noClasses()
                .that()
                .resideInAPackage("dev.careermentor.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.careermentor.console..",
                        "dev.careermentor.slack..",
                        "dev.careermentor.discord..",
                        "dev.careermentor.app..")
                .check(CLASSES);
    }

    @Test
    void coreKnowsNoDatabase() {
        noClasses()
                .that()
                .resideInAPackage("dev.careermentor.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.careermentor.store..",
                        "java.sql..",
                        "javax.sql..",
                        "org.flywaydb..",
                        "com.zaxxer..",
                        "org.h2..",
                        "org.postgresql..")
                .because("the core states what it keeps through its own interfaces; the store keeps it in SQL")
                .check(CLASSES);
    }

    @Test
    void theStoreKnowsNoPlatformAndNoProcess() {
        noClasses()
                .that()
                .resideInAPackage("dev.careermentor.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "net.dv8tion..",
                        "com.slack..",
                        "dev.careermentor.slack..",
                        "dev.careermentor.discord..",
                        "dev.careermentor.app..",
                        "dev.careermentor.console..")
                .check(CLASSES);
    }

    @Test
    void theAdapterBaseKnowsNoPlatformAndNoProcess() {
        noClasses()
                .that()
                .resideInAPackage("dev.careermentor.adapter..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "net.dv8tion..",
                        "com.slack..",
                        "okhttp3..",
                        "dev.careermentor.slack..",
                        "dev.careermentor.discord..",
                        "dev.careermentor.app..",
                        "dev.careermentor.console..")
                .because("what Slack and Discord share must not lean on either, nor on how the process is built")
                .check(CLASSES);
    }

    @Test
    void onlyTheCompositionRootReadsTheSystemsTime() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Root.class.getName())
                .should()
                .callMethod(java.time.Clock.class, "systemUTC")
                .orShould()
                .callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(com.github.benmanes.caffeine.cache.Ticker.class, "systemTicker")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("time is injected from Root: tests and tools can then run on any clock")
                .check(CLASSES);
    }
}
