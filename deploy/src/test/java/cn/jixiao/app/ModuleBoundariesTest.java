package cn.jixiao.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rule: the published language stays framework-free; the two sides never know each other. */
@AnalyzeClasses(packages = "cn.jixiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule sharedKernelIsFreeOfSpringMongoAndAxonConfiguration = noClasses()
            .that().resideInAPackage("cn.jixiao.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "de.bwaldvogel..", "org.axonframework.config..", "org.axonframework.spring..",
                    "org.axonframework.eventsourcing..", "jakarta.persistence..")
            .because("shared-kernel is the published language: records, ids, value objects and rules only");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("cn.jixiao.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jixiao.command..", "cn.jixiao.query..",
                    "cn.jixiao.platform..", "cn.jixiao.app..");

    @ArchTest
    static final ArchRule commandSideNeverDependsOnQuerySide = noClasses()
            .that().resideInAPackage("cn.jixiao.command..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jixiao.query..", "cn.jixiao.platform..",
                    "cn.jixiao.app..");

    @ArchTest
    static final ArchRule querySideNeverDependsOnCommandSide = noClasses()
            .that().resideInAPackage("cn.jixiao.query..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jixiao.command..", "cn.jixiao.platform..",
                    "cn.jixiao.app..");

    @ArchTest
    static final ArchRule theAggregateKnowsNoFrameworkButAxon = noClasses()
            .that().resideInAPackage("cn.jixiao.command.declaration")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "com.fasterxml.jackson..")
            .because("the aggregate decides on the kernel's fold; storage and serialization are deploy's business");
}
