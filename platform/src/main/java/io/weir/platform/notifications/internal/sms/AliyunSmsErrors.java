package io.weir.platform.notifications.internal.sms;

import io.weir.platform.notifications.FailureClass;

/** Aliyun SMS response codes (短信服务 API 错误码) by what they mean for delivery. */
final class AliyunSmsErrors {

    private AliyunSmsErrors() {
    }

    static FailureClass classify(String code) {
        if (code == null) {
            return FailureClass.VENDOR;
        }
        if (code.startsWith("isp.")) {
            return FailureClass.VENDOR;
        }
        if (code.equals("isv.BUSINESS_LIMIT_CONTROL") || code.equals("Throttling.User")
                || code.equals("isv.DAY_LIMIT_CONTROL")) {
            return FailureClass.RATE_LIMITED;
        }
        if (code.startsWith("InvalidAccessKeyId") || code.startsWith("SignatureDoesNotMatch")
                || code.equals("isv.ACCOUNT_NOT_EXISTS") || code.equals("isv.ACCOUNT_ABNORMAL")
                || code.equals("isv.AMOUNT_NOT_ENOUGH") || code.equals("isv.OUT_OF_SERVICE")
                || code.equals("Forbidden.RAM") || code.equals("isv.PRODUCT_UN_SUBSCRIPT")) {
            return FailureClass.AUTHENTICATION;
        }
        return FailureClass.PARAMETER; // isv.MOBILE_NUMBER_ILLEGAL, isv.TEMPLATE_MISSING_PARAMETERS, isv.SMS_*_ILLEGAL…
    }
}
