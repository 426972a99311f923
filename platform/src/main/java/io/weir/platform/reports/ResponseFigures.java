package io.weir.platform.reports;

/**
 * The response-health figures of one rep or team for one week. Rates and times are {@code null} when there was
 * nothing to measure (no A-tier lead, no response), which is not the same as zero.
 *
 * @param leads                leads received in the week
 * @param tierALeads           of those, A-tier leads
 * @param tierAWithin30Minutes A-tier leads first answered within 30 minutes of arrival
 * @param overdue              leads whose first-response deadline passed unanswered or was answered late
 * @param responded            leads with a recorded first response
 * @param medianResponseMinutes median time from arrival to first response, in minutes
 * @param p90ResponseMinutes   90th percentile of that time (nearest rank), in minutes
 */
public record ResponseFigures(String key, String name, int leads, int tierALeads, int tierAWithin30Minutes,
                              int overdue, int responded, Double medianResponseMinutes, Double p90ResponseMinutes) {

    /** Share of A-tier leads answered within 30 minutes, 0..1, or {@code null} without A-tier leads. */
    public Double tierAResponseRate() {
        return tierALeads == 0 ? null : (double) tierAWithin30Minutes / tierALeads;
    }
}
