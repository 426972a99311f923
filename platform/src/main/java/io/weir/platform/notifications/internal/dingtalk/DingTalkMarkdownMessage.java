package io.weir.platform.notifications.internal.dingtalk;

import io.weir.platform.notifications.internal.MessageLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A markdown message for a custom robot, for alerts about a page: the title as a heading, the text, a link to the page
 * and the mobiles to @-mention (a mention shows only when the number is also in the text, as in text messages).
 */
record DingTalkMarkdownMessage(String title, String text, String url, List<String> atMobiles) {

    static final int MAX_TEXT_BYTES = 20_000;

    List<String> violations() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("markdown.title: must not be empty");
        }
        if (url == null || !url.matches("https?://\\S+")) {
            problems.add("markdown.text: the link must be an http(s) address");
        }
        MessageLimits.content("markdown.text", markdown(), MAX_TEXT_BYTES, problems);
        MessageLimits.mobiles("at.atMobiles", atMobiles, problems);
        return problems;
    }

    private String markdown() {
        String mentions = atMobiles.isEmpty() ? "" : "\n\n@" + String.join(" @", atMobiles);
        return "#### " + title + "\n\n" + text + "\n\n[查看详情](" + url + ")" + mentions;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "markdown");
        body.put("markdown", Map.of("title", title, "text", markdown()));
        body.put("at", Map.of("atMobiles", atMobiles, "isAtAll", false));
        return body;
    }
}
