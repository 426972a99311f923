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
     * @param call   the vendor API called, e.g. {@code GET /cgi-bin/gettoken}
     * @param field  the setting a failure points at, so the form can mark it
     * @param detail what the vendor answered (an application's name, a template's status) or why it failed
     */
    public record Step(String call, String field, boolean passed, FailureClass failureClass, String vendorCode,
                       String detail) {

        public static Step passed(String call, String field, String detail) {
            return new Step(call, field, true, null, null, detail);
        }

        public static Step failed(String call, String field, FailureClass failureClass, String vendorCode,
                                  String detail) {
            return new Step(call, field, false, failureClass, vendorCode, detail);
        }
    }
}
