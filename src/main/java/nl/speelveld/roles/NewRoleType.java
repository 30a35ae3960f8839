package nl.speelveld.roles;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A role type a coordinator adds for a job that the seeded typology does not cover. */
public record NewRoleType(String code, String nameNl, String nameEn, String definitionNl, String definitionEn,
		BigDecimal weightG1, BigDecimal weightG2, List<String> focus, List<String> employerTypes,
		@Nullable Integer normInhabitants) {
}
