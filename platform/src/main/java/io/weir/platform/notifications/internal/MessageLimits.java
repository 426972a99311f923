package io.weir.platform.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** The checks vendors' message contracts share, worded with the vendor's own field names. */
public final class MessageLimits {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1\\d{10}");

    private MessageLimits() {
    }

    /** Text that must not be empty and must fit the vendor's limit in UTF-8 bytes. */
    public static void content(String field, String content, int maxBytes, List<String> problems) {
        if (content == null || content.isBlank()) {
            problems.add(field + ": must not be empty");
            return;
        }
        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            problems.add(field + ": at most " + maxBytes + " bytes, got " + bytes);
        }
    }

    /** Mobiles to @-mention, as plain mainland numbers (robots cannot mention "+86…"). */
    public static void mobiles(String field, List<String> mobiles, List<String> problems) {
        mobiles.stream().filter(mobile -> !MAINLAND_MOBILE.matcher(mobile).matches()).findFirst()
                .ifPresent(mobile -> problems.add(field + ": \"" + mobile + "\" is not an 11-digit mobile number"));
    }
}
