package io.weir.platform.notifications.internal.dingtalk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A text message for a custom robot, checked before sending: content of 1 to 20000 bytes, and the mobiles to
 * @-mention as plain mainland numbers (the robot cannot mention "+86…").
 */
record DingTalkTextMessage(String content, List<String> atMobiles) {

    static final int MAX_CONTENT_BYTES = 20_000;
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    List<String> violations() {
        List<String> problems = new ArrayList<>();
        if (content == null || content.isBlank()) {
            problems.add("text.content: must not be empty");
        } else if (content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
            problems.add("text.content: at most " + MAX_CONTENT_BYTES + " bytes");
        }
        atMobiles.stream().filter(mobile -> !MOBILE.matcher(mobile).matches()).findFirst()
                .ifPresent(mobile -> problems.add("at.atMobiles: \"" + mobile + "\" is not an 11-digit mobile number"));
        return problems;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "text");
        // a mention shows only when the number is also in the text
        String mentions = atMobiles.isEmpty() ? "" : " @" + String.join(" @", atMobiles);
        body.put("text", Map.of("content", content + mentions));
        body.put("at", Map.of("atMobiles", atMobiles, "isAtAll", false));
        return body;
    }
}
