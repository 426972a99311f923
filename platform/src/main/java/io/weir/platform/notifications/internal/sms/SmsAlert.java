package io.weir.platform.notifications.internal.sms;

import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An alert as an SMS template fills it: Chinese carriers allow only approved templates, so the message is two short
 * values, the title and a lead reference (the first 8 characters of the lead id, enough to find it in the app).
 */
record SmsAlert(String mobile, String title, String leadReference) {

    static final int MAX_PARAM_CHARS = 35;
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1\\d{10}");

    static SmsAlert of(Recipient recipient, Notification notification) {
        String lead = notification.dedupKey().replaceFirst("^[a-z-]+:", "");
        return new SmsAlert(recipient.phone().replaceFirst("^\\+86", ""), notification.title(),
                lead.substring(0, Math.min(8, lead.length())));
    }

    List<String> violations(String phoneField, String paramField) {
        List<String> problems = new ArrayList<>();
        if (!MAINLAND_MOBILE.matcher(mobile).matches()) {
            problems.add(phoneField + ": \"" + mobile + "\" is not an 11-digit mainland mobile number");
        }
        if (title.codePointCount(0, title.length()) > MAX_PARAM_CHARS) {
            problems.add(paramField + ".title: at most " + MAX_PARAM_CHARS + " characters");
        }
        return problems;
    }
}
