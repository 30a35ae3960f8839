package nl.speelveld.accounts.web;

/** An OpenID Connect provider as the sign-in page offers it. */
public record IdentityProvider(String id, String name) {
}
