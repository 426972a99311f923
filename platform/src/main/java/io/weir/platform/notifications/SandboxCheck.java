package io.weir.platform.notifications;

import java.util.List;

/**
 * What the vendor said to a channel's settings before they were saved: one step per read-only call (or per recorded
 * contract where the vendor offers no such call). The settings are saved only when every step passed.
 */
public record SandboxCheck(String channel, List<Step> steps) {

    public boolean passed() {
        return steps.stream().allMatch(Step::passed);
    }

    /**
     * @param call       the vendor API called, e.g. {@code GET /cgi-bin/gettoken}
     * @param field      the setting a failure points at, so the form can mark it
     * @param detail     what the vendor answered, verbatim ({@code errmsg}, an exception), when Weir did not word it
     * @param reasonKey  Weir's own wording of the outcome (an application's name, a template's status), as a message
     *                   key so the admin reads it in their language; {@code null} when {@code detail} says it all
     * @param reasonArgs the values the reason names
     */
    public record Step(String call, String field, boolean passed, FailureClass failureClass, String vendorCode,
                       String detail, String reasonKey, List<Object> reasonArgs) {

        public Step {
            reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        }

        public static Step passed(String call, String field, String reasonKey, Object... reasonArgs) {
            return new Step(call, field, true, null, null, null, reasonKey, List.of(reasonArgs));
        }

        /** A failure the vendor worded: its code and message as they came. */
        public static Step failed(String call, String field, FailureClass failureClass, String vendorCode,
                                  String detail) {
            return new Step(call, field, false, failureClass, vendorCode, detail, null, List.of());
        }

        /** A failure Weir found in what the vendor answered (a template not approved, a parameter missing). */
        public static Step refused(String call, String field, FailureClass failureClass, String vendorCode,
                                   String reasonKey, Object... reasonArgs) {
            return new Step(call, field, false, failureClass, vendorCode, null, reasonKey, List.of(reasonArgs));
        }
    }
}
