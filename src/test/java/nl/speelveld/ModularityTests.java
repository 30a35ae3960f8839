package nl.speelveld;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SpeelveldApplication.class);

	@Test
	void modulesOnlyUseWhatTheyDeclare() {
		this.modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureExists() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"shared", "areas", "roles", "socialmap", "routing", "initiatives", "participation", "network",
				"insights", "accounts");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
