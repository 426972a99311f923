package io.weir.platform.leads;

/** Where a lead stands: waiting for its first response, responded, or in the team's public pool (公海). */
public enum LeadStatus { OPEN, RESPONDED, POOL }
