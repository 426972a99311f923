package io.weir.platform.notifications.internal.sms;

import io.weir.platform.notifications.FailureClass;

/** Tencent Cloud error codes (公共错误码 and SMS 错误码) by what they mean for delivery. */
final class TencentSmsErrors {

    private TencentSmsErrors() {
    }

    static FailureClass classify(String code) {
        if (code == null) {
            return FailureClass.VENDOR;
        }
        if (code.startsWith("AuthFailure") || code.startsWith("UnauthorizedOperation")
                || code.equals("FailedOperation.InsufficientBalanceInSmsPackage")) {
            return FailureClass.AUTHENTICATION;
        }
        if (code.startsWith("LimitExceeded") || code.equals("RequestLimitExceeded")) {
            return FailureClass.RATE_LIMITED;
        }
        if (code.startsWith("InternalError") || code.equals("ServiceUnavailable")) {
            return FailureClass.VENDOR;
        }
        return FailureClass.PARAMETER; // InvalidParameter*, MissingParameter, FailedOperation.Signature/Template…
    }
}
