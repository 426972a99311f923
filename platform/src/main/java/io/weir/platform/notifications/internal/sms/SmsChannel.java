package io.weir.platform.notifications.internal.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.internal.VendorChannel;
import io.weir.platform.notifications.internal.VendorSettings;
import java.time.Clock;
import java.util.List;

/**
 * What both SMS vendors need before a message may go: a phone number (else the person is skipped), the alert within
 * the template's limits and the channel's own settings complete (else refused, with the vendor's field names), and
 * the per-phone hourly cap not yet reached.
 */
abstract class SmsChannel<S extends VendorSettings<S>> extends VendorChannel<S> {

    private final PhoneRateLimit rateLimit;

    SmsChannel(String id, S settings, ObjectMapper json, Clock clock) {
        super(id, settings, json);
        this.rateLimit = new PhoneRateLimit(clock);
    }

    @Override
    protected final DeliveryResult send(Recipient recipient, Notification notification) {
        if (recipient.phone() == null || recipient.phone().isBlank()) {
            return DeliveryResult.skipped(id(), "recipient has no phone number");
        }
        SmsAlert alert = SmsAlert.of(recipient, notification);
        List<String> violations = alert.violations(phoneField(), templateParamField());
        violations.addAll(settingsViolations());
        if (!violations.isEmpty()) {
            return refused(violations);
        }
        int perHour = perPhoneHourlyLimit();
        if (!rateLimit.tryAcquire(alert.mobile(), perHour)) {
            return failed(FailureClass.RATE_LIMITED, "per-phone-limit",
                    "more than " + perHour + " messages to " + alert.mobile() + " within an hour");
        }
        return sendSms(alert);
    }

    /** Weir's own cap of messages per phone number and hour, from the settings in force. */
    protected abstract int perPhoneHourlyLimit();

    /** The vendor's name of the phone number field, for refusals. */
    protected abstract String phoneField();

    /** The vendor's name of the template parameter field, for refusals. */
    protected abstract String templateParamField();

    /** What is missing or wrong in the channel's settings, by the vendor's field names. */
    protected abstract List<String> settingsViolations();

    protected abstract DeliveryResult sendSms(SmsAlert alert);
}
