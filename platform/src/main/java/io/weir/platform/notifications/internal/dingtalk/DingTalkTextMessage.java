package io.weir.platform.notifications.internal.dingtalk;

import io.weir.platform.notifications.internal.MessageLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text message for a custom robot, checked before sending: content of 1 to 20000 bytes, and the mobiles to
 * @-mention as plain mainland numbers (the robot cannot mention "+86…").
 */
record DingTalkTextMessage(String content, List<String> atMobiles) {

    static final int MAX_CONTENT_BYTES = 20_000;

    List<String> violations() {
        List<String> problems = new ArrayList<>();
        MessageLimits.content("text.content", content, MAX_CONTENT_BYTES, problems);
        MessageLimits.mobiles("at.atMobiles", atMobiles, problems);
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
