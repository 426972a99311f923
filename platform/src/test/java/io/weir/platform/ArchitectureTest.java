package io.weir.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Engines and frameworks stay behind ports: module APIs (the package roots) never touch them, only internal adapters
 * do; and nothing in the platform depends on the UI.
 */
@AnalyzeClasses(packages = "io.weir.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule moduleApisKeepEnginesOut = noClasses()
            .that().resideInAPackage("io.weir.platform.*")
            .should().dependOnClassesThat().resideInAnyPackage("org.operaton..", "io.camunda..", "org.drools..",
                    "org.kie..", "org.hyperledger..", "org.apache.lucene..", "co.elastic..", "com.vaadin..")
            .because("module APIs are ports; engines live in internal adapters");

    @ArchTest
    static final ArchRule platformDoesNotDependOnUi = noClasses()
            .that().resideInAPackage("io.weir.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("io.weir.ui..", "com.vaadin..");

    @ArchTest
    static final ArchRule onlyWorkflowAdaptersTouchTheProcessEngine = noClasses()
            .that().resideOutsideOfPackage("io.weir.platform.workflow.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.operaton..", "io.camunda..");

    @ArchTest
    static final ArchRule onlyPolicyAdaptersTouchDrools = noClasses()
            .that().resideOutsideOfPackage("io.weir.platform.policies.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..");
}
