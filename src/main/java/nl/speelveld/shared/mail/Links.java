package nl.speelveld.shared.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for e-mails: the address the visitor used when a request is under way (honouring
 * X-Forwarded-* when the operator enables {@code server.forward-headers-strategy}), else
 * {@code speelveld.base-url}.
 */
@Component
public class Links {

	private final String baseUrl;

	Links(@Value("${speelveld.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String absolute(String path) {
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
		}
		return this.baseUrl + path;
	}

}
