package io.weir.platform.notifications.internal.dingtalk;

import io.weir.platform.notifications.FailureClass;
import java.util.Locale;

/**
 * DingTalk robot error codes by what they mean for delivery. 310000 covers several refusals, told apart by the
 * message: a wrong signature or an IP outside the whitelist is authentication, content without the robot's keyword
 * is a parameter problem.
 */
final class DingTalkErrors {

    private DingTalkErrors() {
    }

    static FailureClass classify(int errcode, String errmsg) {
        String message = errmsg == null ? "" : errmsg.toLowerCase(Locale.ROOT);
        return switch (errcode) {
            case 310000 -> message.contains("keyword") ? FailureClass.PARAMETER : FailureClass.AUTHENTICATION;
            case 300001, 300005, 400013, 400101, 400102 -> FailureClass.AUTHENTICATION; // token unknown, robot off
            case 130101, 410100 -> FailureClass.RATE_LIMITED;                            // send too fast
            case -1 -> FailureClass.VENDOR;                                              // system busy
            default -> errcode > 0 && errcode < 500000 ? FailureClass.PARAMETER : FailureClass.VENDOR;
        };
    }
}
