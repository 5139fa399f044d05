package cn.jixiao.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rule: the published language stays framework-free; the two sides never know each other; errors are
 * answered in one place, which both sides share.
 */
@AnalyzeClasses(packages = "cn.jixiao",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleBoundariesTest.DoNotIncludeTestJars.class})
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

    @ArchTest
    static final ArchRule theSharedWebKnowsNeitherSideNorTheStore = noClasses()
            .that().resideInAPackage("cn.jixiao.web..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jixiao.command..", "cn.jixiao.query..",
                    "cn.jixiao.platform..", "cn.jixiao.app..", "com.mongodb..", "org.bson..")
            .because("both sides answer errors through it, so it may know only the published language");

    @ArchTest
    static final ArchRule oneAdviceAnswersEveryError = classes()
            .that().areAnnotatedWith(RestControllerAdvice.class).or().areAnnotatedWith(ControllerAdvice.class)
            .should().haveFullyQualifiedName("cn.jixiao.web.ProblemAdvice")
            .because("one advice answers every refusal; the sides throw ApiProblems or kernel exceptions");

    @ArchTest
    static final ArchRule noControllerHandlesItsOwnExceptions = methods()
            .that().areAnnotatedWith(ExceptionHandler.class)
            .should().beDeclaredIn("cn.jixiao.web.ProblemAdvice")
            .because("one advice answers every refusal; the sides throw ApiProblems or kernel exceptions");

    @ArchTest
    static final ArchRule controllersReachTheStoreThroughReadModelsAndPorts = noClasses()
            .that().resideInAPackage("..web..").or().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
            .because("a controller asks a read model or a port; which store answers is not its business");

    /**
     * A module's test-jar (the kernel's shared fixtures) is test code too: in a reactor build it is a
     * {@code test-classes} directory, which {@link ImportOption.DoNotIncludeTests} leaves out, but in a packaged one
     * a {@code -tests.jar}, which it does not recognise.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
