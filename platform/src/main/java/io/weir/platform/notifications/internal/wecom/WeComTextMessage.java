package io.weir.platform.notifications.internal.wecom;

import io.weir.platform.notifications.internal.MessageLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A text application message as {@code POST /cgi-bin/message/send} takes it, checked against the published contract
 * before it is sent: receivers as "|"-separated UserIDs (at most 1000), a positive agentid, content of 1 to 2048 bytes.
 * Duplicate check is on, so a retry of the same request within 30 minutes reaches nobody twice.
 */
record WeComTextMessage(List<String> userIds, Integer agentId, String content) implements WeComAppMessage {

    static final int MAX_CONTENT_BYTES = 2048;
    static final int MAX_RECEIVERS = 1000;
    static final int DUPLICATE_CHECK_SECONDS = 1800;
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_@.\\-]{1,64}");

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        receivers(userIds, agentId, problems);
        MessageLimits.content("text.content", content, MAX_CONTENT_BYTES, problems);
        return problems;
    }

    @Override
    public Map<String, Object> body() {
        return envelope(userIds, agentId, "text", Map.of("content", content));
    }

    /** Receivers and application, as every application message names them. */
    static void receivers(List<String> userIds, Integer agentId, List<String> problems) {
        if (userIds == null || userIds.isEmpty()) {
            problems.add("touser: at least one receiver is required");
        } else {
            if (userIds.size() > MAX_RECEIVERS) {
                problems.add("touser: at most " + MAX_RECEIVERS + " receivers, got " + userIds.size());
            }
            userIds.stream().filter(id -> id == null || !USER_ID.matcher(id).matches()).findFirst()
                    .ifPresent(id -> problems.add("touser: \"" + id + "\" is not a valid WeCom UserID"));
        }
        if (agentId == null || agentId <= 0) {
            problems.add("agentid: the application's AgentId is required");
        }
    }

    /** The request body around a message of type {@code msgtype}, with the duplicate check on. */
    static Map<String, Object> envelope(List<String> userIds, Integer agentId, String msgtype, Map<String, Object> message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", String.join("|", userIds));
        body.put("msgtype", msgtype);
        body.put("agentid", agentId);
        body.put(msgtype, message);
        body.put("safe", 0);
        body.put("enable_duplicate_check", 1);
        body.put("duplicate_check_interval", DUPLICATE_CHECK_SECONDS);
        return body;
    }
}
