package io.weir.platform.notifications.internal.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class Tc3SignatureTest {

    /** The worked example of Tencent Cloud's signature v3 documentation (CVM DescribeInstances), and its signature. */
    @Test
    void reproducesTheSignatureOfTheDocumentedExample() {
        String payload = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

        String authorization = Tc3Signature.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", "cvm.tencentcloudapi.com", "application/json; charset=utf-8",
                payload, Instant.ofEpochSecond(1551113065));

        assertThat(authorization).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                + "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }
}
