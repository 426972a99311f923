package io.weir.platform.identity;

/** What a user may do. A rep works leads, a manager runs a team, an admin configures, an auditor only reads. */
public enum Role {
    REP, MANAGER, ADMIN, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
