package io.weir.platform.leads;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Lead request bodies for the API tests; each gets its own phone number so tests never share a lead. */
public final class LeadFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));

    private LeadFixture() {
    }

    public static Map<String, Object> websiteLeadFromShanghai() {
        return lead("官网表单", "上海");
    }

    public static Map<String, Object> lead(String source, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceChannel", source);
        body.put("contactName", "测试客户" + SEQUENCE.incrementAndGet());
        body.put("phone", String.format("139%08d", SEQUENCE.incrementAndGet()));
        body.put("company", "上海测试科技有限公司");
        body.put("region", region);
        body.put("productInterest", "标准版");
        return body;
    }
}
