package nl.speelveld.accounts;

/** Published after a person's account was erased; nothing that identifies them remains. */
public record AccountErased(UserId user) {
}
