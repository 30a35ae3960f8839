package nl.speelveld.resilience;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor with a browser's memory for cookies but no browser: plain HTTP to any node on this machine. Cookies
 * hold no port, so a session made on one node goes along to the other, as behind a load balancer. Forms carry
 * the CSRF token of the last page that had one.
 */
final class HttpVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private volatile String csrf = "";

	record Page(int status, String body, String location) {
	}

	Page get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	Page post(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		String withToken = body.isEmpty() ? "_csrf=" + encode(this.csrf) : body + "&_csrf=" + encode(this.csrf);
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(withToken)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException failure) {
			// a node that is gone answers nothing: status 0, as a browser would show a connection error
			return new Page(0, String.valueOf(failure), "");
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Page(0, "interrupted", "");
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
