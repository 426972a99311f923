package io.weir.platform.identity;

/** A person who signs in to Weir. {@code openLeadCap} and {@code dailyClaimCap} bound a rep's workload. */
public record WeirUser(String username, String displayName, Role role, String teamId, String email, String phone,
                       boolean active, boolean onLeave, int openLeadCap, int dailyClaimCap) {

    public boolean canTakeLeads() {
        return active && !onLeave && role == Role.REP;
    }
}
