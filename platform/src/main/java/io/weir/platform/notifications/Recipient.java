package io.weir.platform.notifications;

/**
 * Where a person can be reached.
 *
 * @param weComUserId    the person's UserID in the WeCom address book; their username unless an admin set another
 * @param dingTalkUserId the person's userid in the DingTalk address book; their username unless an admin set another
 */
public record Recipient(String username, String displayName, String email, String phone, String weComUserId,
                        String dingTalkUserId) {

    public Recipient(String username, String displayName, String email, String phone) {
        this(username, displayName, email, phone, username, username);
    }
}
