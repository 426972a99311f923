package io.weir.platform.leads.internal;

import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadStatus;

/** A rep sees their own leads and their team's pool, a manager their team's, admins and auditors all. */
public final class LeadVisibility {

    private LeadVisibility() {
    }

    public static boolean canSee(WeirUser viewer, Lead lead) {
        return switch (viewer.role()) {
            case REP -> viewer.username().equals(lead.assignee())
                    || (lead.status() == LeadStatus.POOL && sameTeam(viewer, lead));
            case MANAGER -> sameTeam(viewer, lead);
            case ADMIN, AUDITOR -> true;
        };
    }

    private static boolean sameTeam(WeirUser viewer, Lead lead) {
        return viewer.teamId() != null && viewer.teamId().equals(lead.teamId());
    }
}
