package io.weir.platform.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.WeirIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

@WeirIntegrationTest
class LeadImportIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    static final List<String> HEADINGS = List.of("来源渠道*", "联系人*", "电话*", "公司", "地区", "意向产品", "接收时间");

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("线索");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static List<String> row(String source, String contact, String phone, String time) {
        return List.of(source, contact, phone, "导入测试公司", "上海", "标准版", time);
    }

    ResponseEntity<Map> upload(String user, String fileName, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, WeirIntegrationTest.PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.exchange("/api/leads/import", HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    long leadsFrom(String company) {
        return jdbc.sql("SELECT COUNT(*) FROM lead WHERE company = ?").param(company).query(Long.class).single();
    }

    long allLeads() {
        return jdbc.sql("SELECT COUNT(*) FROM lead").query(Long.class).single();
    }

    @Test
    void aValidWorkbookIsImportedAndImportingItAgainTakesNothingTwice() throws Exception {
        byte[] file = workbook(List.of(HEADINGS,
                row("官网表单", "导入甲", "13977770001", "2026-01-05 09:30"),
                row("社群引流", "导入乙", "139 7777 0002", ""),
                row("展会收集", "导入丙", "13977770003", "2026/1/5 10:15")));

        ResponseEntity<Map> first = upload("manager.east", "leads.xlsx", file);
        ResponseEntity<Map> again = upload("manager.east", "leads.xlsx", file);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsEntry("imported", 3).containsEntry("alreadyPresent", 0);
        assertThat(again.getBody()).containsEntry("imported", 0).containsEntry("alreadyPresent", 3);
        assertThat(jdbc.sql("SELECT tier FROM lead WHERE phone = '+8613977770002'").query(String.class).single())
                .isEqualTo("B");
        assertThat(jdbc.sql("SELECT received_at FROM lead WHERE phone = '+8613977770001'")
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-01-05T01:30:00Z"));
    }

    @Test
    void oneBadRowRefusesTheWholeFileAndListsEveryErrorByRow() throws Exception {
        long before = allLeads();
        byte[] file = workbook(List.of(HEADINGS,
                row("官网表单", "好行", "13977771001", ""),
                row("抖音", "坏来源", "13977771002", ""),
                row("官网表单", "", "12345", "昨天下午")));

        ResponseEntity<Map> refused = upload("manager.east", "leads.xlsx", file);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("field"))
                .containsExactlyInAnyOrder("3:sourceChannel", "4:contactName", "4:phone", "4:receivedAt");
        assertThat(errors).extracting(e -> (String) e.get("message")).anyMatch(m -> m.contains("未知的来源渠道“抖音”"));
        assertThat(allLeads()).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsRefusedWithAReasonAndChangesNothing() {
        long before = allLeads();
        byte[] garbage = "PK\u0003\u0004 this is not really a spreadsheet".getBytes();

        ResponseEntity<Map> refused = upload("manager.east", "leads.xlsx", garbage);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("field=file", "文件已损坏");
        assertThat(allLeads()).isEqualTo(before);
    }

    @Test
    void aFileWithoutTheRequiredHeadingsNamesTheMissingColumns() throws Exception {
        ResponseEntity<Map> refused = upload("manager.east", "leads.xlsx",
                workbook(List.of(List.of("联系人", "公司"), List.of("某人", "某公司"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("sourceChannel, phone");
    }

    @Test
    void aCsvSavedByChineseExcelInGbkIsRead() {
        String csv = "来源渠道,联系人,电话,公司,地区\r\n400来电,GBK客户,13977772001,GBK编码公司,上海\r\n";

        ResponseEntity<Map> imported = upload("manager.east", "leads.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(leadsFrom("GBK编码公司")).isEqualTo(1);
    }

    @Test
    void repsMayNotImport() throws Exception {
        byte[] file = workbook(List.of(HEADINGS, row("官网表单", "销售导入", "13977773001", "")));

        assertThat(upload("rep.li", "leads.xlsx", file).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
