package io.weir.platform.policies;

import java.time.Instant;

/** The tier a policy version gave a lead and the first-response deadline it set on its working calendar. */
public record Classification(int policyVersion, String tier, String goal, int responseMinutes, int recycleMinutes,
                             Instant responseDueAt) {
}
