package nl.speelveld;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The conventions of architecture.md that Spring Modulith does not check. */
class ArchitectureTests {

	private static final JavaClasses SPEELVELD = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.speelveld");

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("..web..")
			.check(SPEELVELD);
	}

	@Test
	void apiControllersAreNamedSo() {
		classes().that().areAnnotatedWith(RestController.class).should().haveSimpleNameEndingWith("ApiController")
			.check(SPEELVELD);
	}

	@Test
	void onlyWebPackagesDependOnWebPackages() {
		noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("nl.speelveld..web..")
			.check(SPEELVELD);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(SPEELVELD);
	}

	@Test
	void namesComeFromTheDomainNotFromPatterns() {
		noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Dto")
			.orShould().haveSimpleNameEndingWith("DTO").check(SPEELVELD);
	}

	@Test
	void noClassLogsThroughTheJdkOrPrintsStackTraces() {
		noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..").check(SPEELVELD);
		noClasses().should().callMethod(Throwable.class, "printStackTrace").check(SPEELVELD);
	}

}
