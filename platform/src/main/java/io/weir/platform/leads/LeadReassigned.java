package io.weir.platform.leads;

/** A manager moved an open lead to another rep; the running clock keeps its deadline. */
public record LeadReassigned(String leadId, String from, String to) {
}
