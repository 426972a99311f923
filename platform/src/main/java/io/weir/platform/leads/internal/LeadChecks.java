package io.weir.platform.leads.internal;

import io.weir.platform.leads.NewLead;
import io.weir.platform.shared.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Field rules of an incoming lead. Every violation is reported at once, with the field it concerns. */
final class LeadChecks {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private LeadChecks() {
    }

    static Violations check(NewLead lead, Set<String> knownSources, Instant now) {
        Violations violations = new Violations();
        if (isBlank(lead.sourceChannel())) {
            violations.add("sourceChannel", "field.required");
        } else if (!knownSources.contains(lead.sourceChannel().trim())) {
            violations.add("sourceChannel", "lead.source.unknown", lead.sourceChannel(),
                    String.join("、", knownSources));
        }
        if (isBlank(lead.contactName())) {
            violations.add("contactName", "field.required");
        } else {
            maxLength(violations, "contactName", lead.contactName(), 50);
        }
        if (isBlank(lead.phone())) {
            violations.add("phone", "field.required");
        } else if (PhoneNumbers.normalise(lead.phone()).isEmpty()) {
            violations.add("phone", "lead.phone.invalid", lead.phone());
        }
        maxLength(violations, "company", lead.company(), 100);
        maxLength(violations, "region", lead.region(), 20);
        maxLength(violations, "productInterest", lead.productInterest(), 50);
        if (lead.receivedAt() != null && lead.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            violations.add("receivedAt", "lead.received-at.future");
        }
        return violations;
    }

    private static void maxLength(Violations violations, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            violations.add(field, "field.too-long", max);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
