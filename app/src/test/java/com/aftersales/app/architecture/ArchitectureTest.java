package com.aftersales.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module rules of docs/architecture.md ("Dependency rules"), checked on the main code. */
@AnalyzeClasses(packages = "com.aftersales", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> CONTROLLERS = resideInAPackage("com.aftersales.app..")
            .and(annotatedWith(RestController.class).or(annotatedWith(Controller.class)))
            .as("web controllers of the app");

    private static final DescribedPredicate<JavaClass> RECORDS = describe("records", JavaClass::isRecord);

    @ArchTest
    static final ArchRule sharedApiDependsOnlyOnTheJdkAndAxonMessageAnnotations = classes()
            .that()
            .resideInAPackage("com.aftersales.api..")
            .should()
            .onlyDependOnClassesThat(
                    resideInAnyPackage("java..", "com.aftersales.api..", "org.axonframework.modelling.command..")
                            .or(equivalentTo(Revision.class)))
            .because(
                    "shared-api is the contract: no Spring, Jackson or JPA in it (docs/architecture.md, dependency rules)");

    @ArchTest
    static final ArchRule commandSideDoesNotDependOnQuerySide = noClasses()
            .that()
            .resideInAPackage("com.aftersales.command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.aftersales.query..");

    @ArchTest
    static final ArchRule querySideDoesNotDependOnCommandSide = noClasses()
            .that()
            .resideInAPackage("com.aftersales.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.aftersales.command..");

    @ArchTest
    static final ArchRule neitherSideDependsOnTheApp = noClasses()
            .that()
            .resideInAnyPackage("com.aftersales.command..", "com.aftersales.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.aftersales.app..");

    @ArchTest
    static final ArchRule controllersTalkToGatewaysNotToCommandOrQuerySideClasses = noClasses()
            .that(CONTROLLERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.aftersales.command..", "com.aftersales.query..")
            .because("controllers send shared-api messages through the command and query gateways");

    @ArchTest
    static final ArchRule controllersDoNotUseTheEventStoreOrEventSourcing = noClasses()
            .that(CONTROLLERS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.axonframework.eventsourcing..");

    @ArchTest
    static final ArchRule controllersRunNoSql =
            noClasses().that(CONTROLLERS).should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule everyEventCarriesARevision = classes()
            .that()
            .resideInAPackage("com.aftersales.api..")
            .and()
            .haveSimpleNameEndingWith("Event")
            .should()
            .beAnnotatedWith(Revision.class)
            .because("events are forever: each revision has a golden JSON file (CONVENTIONS 6)");

    @ArchTest
    static final ArchRule everyEventIsARecord = classes()
            .that()
            .resideInAPackage("com.aftersales.api..")
            .and()
            .haveSimpleNameEndingWith("Event")
            .should(be(RECORDS));

    @ArchTest
    static final ArchRule everyCommandIsARecord =
            classes().that().haveSimpleNameEndingWith("Command").should(be(RECORDS));

    @ArchTest
    static final ArchRule historiesAreReadFromTheFirstEventNotFromASnapshot = noClasses()
            .should()
            .callMethod(EventStore.class, "readEvents", String.class)
            .because("readEvents(id) starts at an aggregate's latest snapshot (a part's stock has them, ADR 0012):"
                    + " a history, a lineage or a fact check reads every event, readEvents(id, 0)");
}
