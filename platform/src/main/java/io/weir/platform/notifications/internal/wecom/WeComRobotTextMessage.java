package io.weir.platform.notifications.internal.wecom;

import io.weir.platform.notifications.internal.MessageLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text message for a WeCom group robot ({@code POST /cgi-bin/webhook/send}), checked before sending: content of 1
 * to 2048 bytes, and the members to @-mention as plain mainland mobile numbers.
 */
record WeComRobotTextMessage(String content, List<String> mentionedMobiles) {

    static final int MAX_CONTENT_BYTES = 2048;

    List<String> violations() {
        List<String> problems = new ArrayList<>();
        MessageLimits.content("text.content", content, MAX_CONTENT_BYTES, problems);
        MessageLimits.mobiles("text.mentioned_mobile_list", mentionedMobiles, problems);
        return problems;
    }

    Map<String, Object> body() {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("content", content);
        text.put("mentioned_mobile_list", mentionedMobiles);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "text");
        body.put("text", text);
        return body;
    }
}
