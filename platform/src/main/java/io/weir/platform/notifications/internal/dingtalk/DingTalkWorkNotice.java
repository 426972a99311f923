package io.weir.platform.notifications.internal.dingtalk;

import io.weir.platform.notifications.internal.MessageLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A work notification for one person, as {@code asyncsend_v2} takes it: the DingTalk userid, and a text message, or
 * an action card whose button opens the page the alert is about. Content of 1 to 2048 bytes.
 */
record DingTalkWorkNotice(String userId, String title, String text, String url) {

    static final int MAX_CONTENT_BYTES = 2048;
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    List<String> violations() {
        List<String> problems = new ArrayList<>();
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            problems.add("userid_list: \"" + userId + "\" is not a DingTalk userid");
        }
        if (url != null && !url.matches("https?://\\S+")) {
            problems.add("msg.action_card.single_url: an http(s) address is required");
        }
        MessageLimits.content(url == null ? "msg.text.content" : "msg.action_card.markdown", content(), MAX_CONTENT_BYTES,
                problems);
        return problems;
    }

    private String content() {
        return url == null ? title + "\n" + text : "#### " + title + "\n\n" + text;
    }

    Map<String, Object> body(Long agentId) {
        Map<String, Object> msg = new LinkedHashMap<>();
        if (url == null) {
            msg.put("msgtype", "text");
            msg.put("text", Map.of("content", content()));
        } else {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("title", title);
            card.put("markdown", content());
            card.put("single_title", "查看详情");
            card.put("single_url", url);
            msg.put("msgtype", "action_card");
            msg.put("action_card", card);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", agentId);
        body.put("userid_list", userId);
        body.put("msg", msg);
        return body;
    }
}
