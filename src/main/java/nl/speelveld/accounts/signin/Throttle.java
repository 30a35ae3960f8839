package nl.speelveld.accounts.signin;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.users.Hashes;
import nl.speelveld.accounts.users.SignedIn;
import nl.speelveld.shared.ratelimit.RateLimit;
import nl.speelveld.shared.ratelimit.RateLimiter;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 429 and Retry-After what goes over a limit: password attempts, sign-in links, and writes
 * in general. Placed in the security filter chain after authentication, so that writes count per account.
 */
class Throttle extends OncePerRequestFilter {

	static final String PASSWORD_SIGN_IN = "/inloggen/wachtwoord";

	static final String SIGN_IN_LINK = "/inloggen/link";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final RateLimiter limiter;

	private final RateLimits limits;

	Throttle(RateLimiter limiter, RateLimits limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!WRITES.contains(request.getMethod()) || ReadsByPost.PATHS.contains(path)) {
			chain.doFilter(request, response);
			return;
		}
		String ip = request.getRemoteAddr();
		Duration wait = switch (path) {
			case PASSWORD_SIGN_IN -> passwordAttempt(ip, email(request));
			case SIGN_IN_LINK -> signInLink(ip, email(request));
			default -> write(ip);
		};
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
		response.sendError(429);
	}

	/** A wrong password: counted per account and address, in every tier. */
	void wrongPassword(String ip, String email) {
		tiers().forEach(tier -> this.limiter.hit(failureKey(email, ip, tier.name()), tier.limit()));
	}

	/** The right password ends the count of wrong ones from that address. */
	void rightPassword(String ip, String email) {
		tiers().forEach(tier -> this.limiter.reset(failureKey(email, ip, tier.name())));
	}

	private Duration passwordAttempt(String ip, String email) {
		Duration wait = exceeded(this.limiter.hit("sign-in:ip:" + ip, this.limits.signInPerIpLimit()));
		for (Tier tier : tiers()) {
			var failures = this.limiter.peek(failureKey(email, ip, tier.name()), tier.limit());
			if (failures.hits() >= tier.limit().hits()) {
				wait = longest(wait, failures.retryAfter());
			}
		}
		return wait;
	}

	/** Wrong passwords count in a short window and a daily one, so that the wait grows for a persistent guesser. */
	private record Tier(String name, RateLimit limit) {
	}

	private List<Tier> tiers() {
		return List.of(new Tier("short", this.limits.wrongPasswordsLimit()),
				new Tier("day", this.limits.wrongPasswordsPerDayLimit()));
	}

	private Duration signInLink(String ip, String email) {
		Duration wait = exceeded(this.limiter.hit("sign-in-link:ip:" + ip, this.limits.signInLinksPerIpLimit()));
		if (!email.isEmpty()) {
			wait = longest(wait, exceeded(this.limiter.hit("sign-in-link:email:" + Hashes.sha256(email),
					this.limits.signInLinksPerEmailLimit())));
		}
		return wait;
	}

	private Duration write(String ip) {
		Duration wait = exceeded(this.limiter.hit("write:ip:" + ip, this.limits.writesPerIpLimit()));
		var user = SignedIn.user();
		if (user.isPresent()) {
			wait = longest(wait, exceeded(this.limiter.hit("write:user:" + user.get(), this.limits.writesPerAccountLimit())));
		}
		return wait;
	}

	private static Duration exceeded(RateLimiter.Decision decision) {
		return decision.allowed() ? Duration.ZERO : longest(decision.retryAfter(), Duration.ofSeconds(1));
	}

	private static Duration longest(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** Keys hold a hash of the address, not the address: counters are not a place for personal data. */
	private static String failureKey(String email, String ip, String tier) {
		return "wrong-password:" + tier + ":" + Hashes.sha256(email) + "|" + ip;
	}

	private static String email(HttpServletRequest request) {
		String email = request.getParameter("email");
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

}
