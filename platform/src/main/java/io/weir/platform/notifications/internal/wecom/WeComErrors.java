package io.weir.platform.notifications.internal.wecom;

import io.weir.platform.notifications.FailureClass;
import java.util.Map;

/**
 * WeCom's global error codes (developer.work.weixin.qq.com, 全局错误码) by what they mean for delivery. A code not
 * listed is a parameter problem when below 60000 and the vendor's otherwise, the cautious reading: it is not retried
 * blindly, it falls back and is shown with its code.
 */
final class WeComErrors {

    /** Codes after which a fresh access token should be fetched and the call tried once more. */
    static final java.util.Set<String> TOKEN_EXPIRED = java.util.Set.of("40014", "42001");
    /** 不合法的CorpID: the corp id, not the secret, is wrong. */
    static final String INVALID_CORP_ID = "40013";

    private static final Map<Integer, FailureClass> KNOWN = Map.ofEntries(
            Map.entry(-1, FailureClass.VENDOR),              // 系统繁忙
            Map.entry(40001, FailureClass.AUTHENTICATION),   // 不合法的secret参数
            Map.entry(40013, FailureClass.AUTHENTICATION),   // 不合法的CorpID
            Map.entry(40014, FailureClass.AUTHENTICATION),   // 不合法的access_token
            Map.entry(42001, FailureClass.AUTHENTICATION),   // access_token已过期
            Map.entry(40091, FailureClass.AUTHENTICATION),   // secret不合法
            Map.entry(48002, FailureClass.AUTHENTICATION),   // API接口无权限调用
            Map.entry(60020, FailureClass.AUTHENTICATION),   // 不安全的访问IP (IP not whitelisted)
            Map.entry(301002, FailureClass.AUTHENTICATION),  // 无权限操作指定的应用
            Map.entry(40003, FailureClass.PARAMETER),        // 无效的UserID
            Map.entry(40008, FailureClass.PARAMETER),        // 不合法的消息类型
            Map.entry(40056, FailureClass.PARAMETER),        // 不合法的agentid
            Map.entry(41001, FailureClass.AUTHENTICATION),   // 缺少access_token参数
            Map.entry(44004, FailureClass.PARAMETER),        // 文本消息content参数为空
            Map.entry(45002, FailureClass.PARAMETER),        // 消息内容大小超过限制
            Map.entry(81013, FailureClass.PARAMETER),        // UserID、部门ID、标签ID全部非法或无权限
            Map.entry(82001, FailureClass.PARAMETER),        // 指定的成员/部门/标签全部为空或不合法
            Map.entry(93000, FailureClass.AUTHENTICATION),   // 机器人 webhook 地址不合法 (key unknown or robot removed)
            Map.entry(45009, FailureClass.RATE_LIMITED),     // 接口调用超过限制
            Map.entry(45033, FailureClass.RATE_LIMITED));    // 接口并发调用超过限制

    private WeComErrors() {
    }

    static FailureClass classify(int errcode) {
        FailureClass known = KNOWN.get(errcode);
        if (known != null) {
            return known;
        }
        return errcode > 0 && errcode < 60000 ? FailureClass.PARAMETER : FailureClass.VENDOR;
    }
}
