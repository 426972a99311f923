package io.weir.platform.scenarios.internal;

import java.util.List;

/** The JSON shape of {@code templates/<name>/scenario.json}. */
record ScenarioTemplate(String name, String description, List<String> sourceChannels, List<String> responseTags,
                        List<TeamEntry> teams, List<UserEntry> demoUsers, List<LeadEntry> demoLeads) {

    record TeamEntry(String id, String name, String supervisor) {
    }

    record UserEntry(String username, String displayName, String role, String team, String email, String phone) {
    }

    record LeadEntry(String source, String contact, String phone, String company, String region, String product,
                     int minutesAgo) {
    }
}
