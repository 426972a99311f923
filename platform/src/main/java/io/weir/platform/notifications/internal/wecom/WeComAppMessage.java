package io.weir.platform.notifications.internal.wecom;

import java.util.List;
import java.util.Map;

/** An application message for {@code POST /cgi-bin/message/send}, checked against the vendor's contract first. */
interface WeComAppMessage {

    /** What is wrong with the message by the vendor's contract; empty when it may be sent. */
    List<String> violations();

    Map<String, Object> body();
}
