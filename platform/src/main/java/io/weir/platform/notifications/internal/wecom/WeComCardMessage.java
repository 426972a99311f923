package io.weir.platform.notifications.internal.wecom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text card application message: the alert's title and text with a button that opens the page the alert is about.
 * The vendor cuts a title over 128 bytes and a description over 512 bytes; Weir cuts them first, at a character
 * boundary and marked with "…", so the card never ends mid-character. The link must be an http(s) address of at most
 * 2048 bytes.
 */
record WeComCardMessage(List<String> userIds, Integer agentId, String title, String description, String url)
        implements WeComAppMessage {

    static final int MAX_TITLE_BYTES = 128;
    static final int MAX_DESCRIPTION_BYTES = 512;
    static final int MAX_URL_BYTES = 2048;
    static final String BUTTON = "详情";

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        WeComTextMessage.receivers(userIds, agentId, problems);
        if (title == null || title.isBlank()) {
            problems.add("textcard.title: must not be empty");
        }
        if (url == null || !url.matches("https?://\\S+")) {
            problems.add("textcard.url: an http(s) address is required");
        } else if (url.getBytes(StandardCharsets.UTF_8).length > MAX_URL_BYTES) {
            problems.add("textcard.url: at most " + MAX_URL_BYTES + " bytes");
        }
        return problems;
    }

    @Override
    public Map<String, Object> body() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", fit(title, MAX_TITLE_BYTES));
        card.put("description", fit(description == null || description.isBlank() ? title : description,
                MAX_DESCRIPTION_BYTES));
        card.put("url", url);
        card.put("btntxt", BUTTON);
        return WeComTextMessage.envelope(userIds, agentId, "textcard", card);
    }

    /** The text cut to {@code maxBytes} of UTF-8 at a character boundary, with "…" where it was cut. */
    static String fit(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - "…".getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            int bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += bytes;
            offset += Character.charCount(codePoint);
        }
        return kept + "…";
    }
}
