package io.weir.platform.policies;

import java.util.List;

/**
 * One row of the tier decision table. An empty {@code sources} list matches any source; the first matching row wins.
 * {@code recycleMinutes} is the second interval, counted from the escalation, after which the lead returns to the pool.
 */
public record TieringRule(List<String> sources, String tier, String goal, int responseMinutes, int recycleMinutes) {

    public TieringRule {
        sources = List.copyOf(sources);
    }

    public boolean matchesAnySource() {
        return sources.isEmpty();
    }
}
