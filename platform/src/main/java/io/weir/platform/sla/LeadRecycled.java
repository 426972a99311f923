package io.weir.platform.sla;

import java.time.Instant;

/** An escalated lead was still not responded after the recycle interval and went back to the team's public pool. */
public record LeadRecycled(String leadId, String previousAssignee, String teamId, Instant recycledAt) {
}
