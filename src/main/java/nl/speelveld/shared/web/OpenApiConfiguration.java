package nl.speelveld.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI speelveldApi() {
		return new OpenAPI().info(new Info().title("Speelveld API")
			.version("v1")
			.description("Open data on who does what where in community building: CBS areas with boundaries and key "
					+ "figures, lookups by point and postcode. Errors are RFC 9457 problem+json in Dutch or English "
					+ "(Accept-Language).")
			.license(new License().name("Area data: CC BY 4.0, Bron: CBS, Kadaster")));
	}

}
