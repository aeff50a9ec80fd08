package org.pressroom;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages depend on each other one way only: {@code admin}, {@code search}, {@code ingest} use
 * {@code release}, which uses the model packages; the model and release never reach up into the web layer or
 * the features built on them.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.pressroom");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.pressroom.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void ingestPartsDependOnlyDownwards() {
		slices().matching("org.pressroom.ingest.(*)..").should().beFreeOfCycles().check(CLASSES);
		noClasses().that()
			.resideInAnyPackage("org.pressroom.ingest.read..", "org.pressroom.ingest.clean..", "org.pressroom.ingest.link..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.pressroom.ingest")
			.check(CLASSES);
	}

	@Test
	void modelAndReleasesDoNotDependOnWebSearchIngestOrAdmin() {
		noClasses().that()
			.resideInAnyPackage("org.pressroom.release..", "org.pressroom.minister..", "org.pressroom.country..",
					"org.pressroom.agreement..", "org.pressroom.topic..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.pressroom.web..", "org.pressroom.search..", "org.pressroom.ingest..",
					"org.pressroom.admin..")
			.check(CLASSES);
	}

	@Test
	void modelPackagesDoNotDependOnReleases() {
		noClasses().that()
			.resideInAnyPackage("org.pressroom.minister..", "org.pressroom.country..", "org.pressroom.agreement..",
					"org.pressroom.topic..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.pressroom.release..")
			.check(CLASSES);
	}

}
