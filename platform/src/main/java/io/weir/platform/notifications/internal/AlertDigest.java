package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.Notification;
import java.util.ArrayList;
import java.util.List;

/**
 * Several alerts for one person merged into one message, for a channel whose send rate would otherwise drop or delay
 * them. The body lists each alert's title and text, cut to fit the smallest vendor limit (WeCom's 2048 bytes).
 */
final class AlertDigest {

    static final int MAX_BODY_CHARS = 600;

    private AlertDigest() {
    }

    static Notification of(AlertOutbox.PendingAlert first, List<AlertOutbox.PendingAlert> others) {
        List<AlertOutbox.PendingAlert> all = new ArrayList<>();
        all.add(first);
        all.addAll(others);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            String line = (i + 1) + ". " + all.get(i).title() + "：" + all.get(i).body() + "\n";
            if (body.length() + line.length() > MAX_BODY_CHARS) {
                body.append("……另有 ").append(all.size() - i).append(" 条，请在 Weir 中查看。");
                break;
            }
            body.append(line);
        }
        return new Notification(first.recipient(), all.size() + " 条告警汇总", body.toString().strip(),
                first.dedupKey() + "+digest");
    }
}
