package io.weir.platform.policies;

import java.time.Instant;
import java.util.List;

/** The record of one publish: who, when, and what changed against the version before. */
public record PolicyPublication(int version, Instant publishedAt, String publishedBy, List<RuleChange> changes) {

    public PolicyPublication {
        changes = List.copyOf(changes);
    }
}
