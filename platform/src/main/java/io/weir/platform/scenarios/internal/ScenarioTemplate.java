package io.weir.platform.scenarios.internal;

import java.util.List;

/** The JSON shape of {@code templates/<name>/scenario.json}. */
record ScenarioTemplate(String name, String description, List<String> sourceChannels, List<String> responseTags,
                        List<TeamEntry> teams, List<UserEntry> demoUsers, List<LeadEntry> demoLeads,
                        DemoHistory demoHistory) {

    record TeamEntry(String id, String name, String supervisor) {
    }

    record UserEntry(String username, String displayName, String role, String team, String email, String phone) {
    }

    /**
     * How to generate weeks of worked leads: per workday volume, each rep's pace (a multiplier of the median response
     * time), the share left unanswered, and the names to draw from. A fixed seed makes every first start alike.
     */
    record DemoHistory(int weeks, int leadsPerWorkday, long seed, double unansweredShare, double medianResponseMinutes,
                       java.util.Map<String, Double> repPace, List<String> regions, List<String> products,
                       java.util.Map<String, Integer> sourceWeights, List<String> surnames, List<String> companies,
                       List<String> notes) {
    }

    record LeadEntry(String source, String contact, String phone, String company, String region, String product,
                     int minutesAgo) {
    }
}
