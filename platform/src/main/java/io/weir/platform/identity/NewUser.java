package io.weir.platform.identity;

/** A user to create, with the password in clear: it is hashed before it is stored. */
public record NewUser(WeirUser user, String rawPassword) {
}
