package nl.speelveld.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure tells the visitor it is not their fault and gives a reference, never internals. */
class ErrorResponsesTests {

	private final ErrorResponses responses;

	ErrorResponsesTests() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		this.responses = new ErrorResponses(messages, new PageContexts(messages,
				new DefaultListableBeanFactory().getBeanProvider(Visitor.Source.class)), JsonMapper.builder().build());
	}

	@Test
	void anUnexpectedFailureShowsAFriendlyPageWithAReference() throws Exception {
		var failure = new IllegalStateException("connection to db-01 refused");

		var page = this.responses.respond(request("/gebied/GM0344"), new MockHttpServletResponse(),
				ErrorDescription.of(failure), failure, "/gebied/GM0344");

		assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(page.getModel()).containsEntry("title", "Er ging iets mis");
		assertThat(page.getModel().get("detail").toString()).contains("Het ligt niet aan jou");
		assertThat(page.getModel().get("reference").toString()).isNotBlank();
		assertThat(page.getModel().values()).noneMatch(value -> value.toString().contains("db-01"));
	}

	@Test
	void aWrongValueSentTwiceIsNamedAsSentNotAsAJavaArray() {
		var mismatch = new org.springframework.beans.TypeMismatchException(new String[] { "abc", "1e309" }, java.util.UUID.class);
		mismatch.initPropertyName("asset");

		var error = ErrorDescription.of(mismatch);

		assertThat(error.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(error.arguments()).containsExactly("asset", "abc, 1e309");
	}

	@Test
	void aParameterNameTheFirewallRefusesIsABadRequestNotAFailure() {
		// Spring Security checks parameter names only when they are read: in the controller, past its filters.
		var refused = new org.springframework.security.web.firewall.RequestRejectedException(
				"The request was rejected because the parameter name \"\r\nSet-Cookie: x=y\" is not allowed.");

		assertThat(ErrorDescription.of(refused).status()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUploadOverTheLimitIsABadRequestThatSaysSoEvenWhenAFilterMetItFirst() {
		var spring = new org.springframework.web.multipart.MaxUploadSizeExceededException(10);
		var tomcat = new IllegalStateException(
				new org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException("too large", 12, 10));

		for (Throwable failure : new Throwable[] { spring, tomcat }) {
			var error = ErrorDescription.of(failure);
			assertThat(error.status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(error.messageKey()).isEqualTo("error.too-large");
		}
	}

	@Test
	void anUnexpectedFailureInTheApiIsAProblemWithTheSameReferenceAndNoInternals() throws Exception {
		var response = new MockHttpServletResponse();
		var failure = new IllegalStateException("connection to db-01 refused");

		var page = this.responses.respond(request("/api/v1/areas/GM0344"), response, ErrorDescription.of(failure),
				failure, "/api/v1/areas/GM0344");

		assertThat(page).isNull();
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"reference\"", "\"title\":\"Interne fout\"")
			.doesNotContain("db-01", "IllegalStateException");
	}

	private static MockHttpServletRequest request(String path) {
		var request = new MockHttpServletRequest("GET", path);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(Locale.forLanguageTag("nl")));
		return request;
	}

}
