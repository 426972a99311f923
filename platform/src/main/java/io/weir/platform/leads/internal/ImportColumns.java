package io.weir.platform.leads.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an import file may have and the headings that name them: the Chinese headings of Weir's template,
 * common synonyms, and the API's field names. Order and case of the headings do not matter.
 */
enum ImportColumns {
    SOURCE_CHANNEL("sourceChannel", true, "来源渠道", "来源", "渠道", "source"),
    CONTACT_NAME("contactName", true, "联系人", "姓名", "客户姓名", "contact"),
    PHONE("phone", true, "电话", "手机", "手机号", "联系电话", "mobile"),
    COMPANY("company", false, "公司", "公司名称", "企业名称"),
    REGION("region", false, "地区", "区域", "省份", "城市"),
    PRODUCT_INTEREST("productInterest", false, "意向产品", "产品", "product"),
    RECEIVED_AT("receivedAt", false, "接收时间", "留资时间", "时间", "received");

    final String field;
    final boolean required;
    private final List<String> headings;

    ImportColumns(String field, boolean required, String... synonyms) {
        this.field = field;
        this.required = required;
        this.headings = java.util.stream.Stream.concat(java.util.stream.Stream.of(field), java.util.Arrays.stream(synonyms))
                .map(ImportColumns::normalise).toList();
    }

    static Optional<ImportColumns> named(String heading) {
        String wanted = normalise(heading);
        return java.util.Arrays.stream(values()).filter(column -> column.headings.contains(wanted)).findFirst();
    }

    /** Column index by column, from a heading row; headings Weir does not know are ignored. */
    static Map<ImportColumns, Integer> locate(List<String> headingRow) {
        Map<ImportColumns, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < headingRow.size(); i++) {
            int index = i;
            named(headingRow.get(i)).ifPresent(column -> found.putIfAbsent(column, index));
        }
        return found;
    }

    private static String normalise(String heading) {
        return heading == null ? "" : heading.replace("\uFEFF", "").replace("*", "").replace("＊", "").trim()
                .toLowerCase(Locale.ROOT);
    }
}
