package io.weir.platform.notifications.internal.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AliyunRpcSignatureTest {

    /** The worked example of Aliyun's SMS documentation (签名机制), with the signature it publishes. */
    @Test
    void reproducesTheSignatureOfTheDocumentedExample() {
        TreeMap<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", "testId");
        parameters.put("Action", "SendSms");
        parameters.put("Format", "XML");
        parameters.put("OutId", "123");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Version", "2017-05-25");

        assertThat(AliyunRpcSignature.sign("GET", parameters, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void percentEncodingFollowsRfc3986() {
        assertThat(AliyunRpcSignature.percentEncode("a b*c~d/")).isEqualTo("a%20b%2Ac~d%2F");
    }
}
