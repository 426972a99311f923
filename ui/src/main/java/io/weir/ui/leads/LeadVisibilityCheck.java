package io.weir.ui.leads;

import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.shared.NotFound;

/** Whether a user may open a lead's page: the leads module decides, the view only asks. */
final class LeadVisibilityCheck {

    private LeadVisibilityCheck() {
    }

    static boolean canOpen(LeadManagement leads, String leadId, WeirUser user) {
        try {
            leads.visible(leadId, user);
            return true;
        } catch (NotFound hidden) {
            return false;
        }
    }
}
