package io.weir.platform.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.ApiClient;
import io.weir.platform.MutableClock;
import io.weir.platform.WeirIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@WeirIntegrationTest
class LeadApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    ApiClient manager() {
        return ApiClient.as(http, "manager.east");
    }

    long storedLeads() {
        return jdbc.sql("SELECT COUNT(*) FROM lead").query(Long.class).single();
    }

    @Nested
    class Intake {

        @Test
        void websiteLeadIsTierAWithAThirtyMinuteDeadlineAndAnEastTeamRep() {
            ResponseEntity<Map> created = manager().post("/api/leads", LeadFixture.websiteLeadFromShanghai());

            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            Map<?, ?> lead = created.getBody();
            assertThat(lead.get("tier")).isEqualTo("A");
            assertThat(lead.get("teamId")).isEqualTo("east");
            assertThat(lead.get("assignee")).isIn("rep.li", "rep.zhang", "rep.liu");
            assertThat(lead.get("status")).isEqualTo("OPEN");
            Duration sla = Duration.between(Instant.parse((String) lead.get("receivedAt")),
                    Instant.parse((String) lead.get("responseDueAt")));
            assertThat(sla).isEqualTo(Duration.ofMinutes(30));
            assertThat(created.getHeaders().getLocation()).hasPath("/api/leads/" + lead.get("id"));
        }

        @Test
        void phoneIsNormalisedToE164() {
            Map<String, Object> body = LeadFixture.websiteLeadFromShanghai();
            String digits = ((String) body.get("phone")).substring(3);
            body.put("phone", "139 " + digits.substring(0, 4) + "-" + digits.substring(4));

            Map<?, ?> lead = manager().post("/api/leads", body).getBody();

            assertThat(lead.get("phone")).isEqualTo("+86139" + digits);
        }

        @Test
        void consecutiveLeadsOfATeamGoToDifferentRepsInTurn() {
            List<Object> assignees = java.util.stream.IntStream.range(0, 3)
                    .mapToObj(i -> manager().post("/api/leads", LeadFixture.lead("社群引流", "浙江")).getBody()
                            .get("assignee"))
                    .toList();

            assertThat(assignees).doesNotHaveDuplicates();
        }

        @Test
        void repeatedIdempotencyKeyReturnsTheFirstLeadAndStoresNothingNew() {
            Map<String, Object> body = LeadFixture.websiteLeadFromShanghai();
            String key = UUID.randomUUID().toString();
            ResponseEntity<Map> first = manager().post("/api/leads", body, key);
            long stored = storedLeads();

            ResponseEntity<Map> again = manager().post("/api/leads", body, key);

            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
            assertThat(storedLeads()).isEqualTo(stored);
        }

        @Test
        void idempotencyKeyReusedForADifferentLeadIsAConflict() {
            String key = UUID.randomUUID().toString();
            manager().post("/api/leads", LeadFixture.websiteLeadFromShanghai(), key);

            ResponseEntity<Map> clash = manager().post("/api/leads", LeadFixture.websiteLeadFromShanghai(), key);

            assertThat(clash.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat((String) clash.getBody().get("detail")).contains(key);
        }
    }

    @Nested
    class BadInput {

        @Test
        void withoutAcceptLanguageTheErrorsAreInChinese() {
            Map<String, Object> body = LeadFixture.websiteLeadFromShanghai();
            body.put("phone", "12345");

            ResponseEntity<Map> refused = manager().withoutLanguage().post("/api/leads", body);

            assertThat(refused.getBody().get("title")).isEqualTo("输入有误");
            assertThat(refused.getBody().toString()).contains("手机号或电话“12345”无效");
        }

        @Test
        void everyBadFieldIsNamedInChineseAndNothingIsStored() {
            long before = storedLeads();
            Map<String, Object> body = LeadFixture.websiteLeadFromShanghai();
            body.put("sourceChannel", "微博");
            body.put("contactName", " ");
            body.put("phone", "12345");

            ResponseEntity<Map> refused = manager().post("/api/leads", body);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(refused.getBody().get("title")).isEqualTo("输入有误");
            assertThat(errors(refused)).containsExactlyInAnyOrder(
                    "sourceChannel=未知的来源渠道“微博”，可选：官网表单、400来电、社群引流、展会收集、合作伙伴推荐",
                    "contactName=必填项",
                    "phone=手机号或电话“12345”无效");
            assertThat(storedLeads()).isEqualTo(before);
        }

        @Test
        void englishCallersReadTheErrorsInEnglish() {
            Map<String, Object> body = LeadFixture.websiteLeadFromShanghai();
            body.remove("phone");

            ResponseEntity<Map> refused = manager().inEnglish().post("/api/leads", body);

            assertThat(refused.getBody().get("title")).isEqualTo("Invalid input");
            assertThat(errors(refused)).containsExactly("phone=Required");
        }

        @Test
        void receivedTimeInTheFutureIsRefused() {
            Map<String, Object> body = LeadFixture.websiteLeadFromShanghai();
            body.put("receivedAt", clock.instant().plus(Duration.ofHours(2)).toString());

            assertThat(errors(manager().post("/api/leads", body))).containsExactly("receivedAt=接收时间不能晚于当前时间");
        }

        @Test
        void malformedJsonIsAProblemNotAStackTrace() {
            ResponseEntity<Map> refused = manager().post("/api/leads", "{\"contactName\": [");

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("title")).isEqualTo("请求内容无法解析，请检查 JSON 格式与字段类型");
            assertThat(refused.getBody().toString()).doesNotContain("Exception");
        }

        @Test
        void oversizedPageIsRefusedByField() {
            assertThat(errors(manager().get("/api/leads?limit=5000"))).containsExactly("limit=必须在 1 到 500 之间");
        }

        @SuppressWarnings("unchecked")
        private List<String> errors(ResponseEntity<Map> response) {
            return ((List<Map<String, String>>) response.getBody().get("errors")).stream()
                    .map(error -> error.get("field") + "=" + error.get("message")).toList();
        }
    }

    @Nested
    class Authorization {

        @Test
        void anonymousCallersAreTurnedAway() {
            assertThat(ApiClient.as(http, null).get("/api/leads").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(ApiClient.as(http, null).post("/api/leads", LeadFixture.websiteLeadFromShanghai())
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void auditorsReadButCannotReceiveLeads() {
            assertThat(ApiClient.as(http, "auditor").get("/api/leads").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ApiClient.as(http, "auditor").post("/api/leads", LeadFixture.websiteLeadFromShanghai())
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }

        @Test
        void repSeesOwnLeadsButNotAColleaguesAndManagersOnlyTheirTeam() {
            Map<?, ?> lead = manager().post("/api/leads", LeadFixture.websiteLeadFromShanghai()).getBody();
            String owner = (String) lead.get("assignee");
            String colleague = List.of("rep.li", "rep.zhang", "rep.liu").stream().filter(rep -> !rep.equals(owner))
                    .findFirst().orElseThrow();
            String path = "/api/leads/" + lead.get("id");

            assertThat(ApiClient.as(http, owner).get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ApiClient.as(http, colleague).get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(ApiClient.as(http, "manager.east").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(ApiClient.as(http, "manager.south").get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(ApiClient.as(http, colleague).post(path + "/responses", Map.of("channel", "PHONE"))
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }

        @Test
        void repListSizeCountsOnlyWhatTheRepMaySee() {
            Map<?, ?> lead = manager().post("/api/leads", LeadFixture.websiteLeadFromShanghai()).getBody();
            String owner = (String) lead.get("assignee");

            List<?> items = (List<?>) ApiClient.as(http, owner).get("/api/leads?limit=500").getBody().get("items");

            assertThat(items).allSatisfy(item -> {
                Map<?, ?> seen = (Map<?, ?>) item;
                assertThat(owner.equals(seen.get("assignee")) || "POOL".equals(seen.get("status"))).isTrue();
            });
        }
    }

    @Nested
    class Responding {

        @Test
        void repRecordsTheFirstResponseWithTagsAndTheTimelineShowsIt() {
            Map<?, ?> lead = manager().post("/api/leads", LeadFixture.websiteLeadFromShanghai()).getBody();
            ApiClient rep = ApiClient.as(http, (String) lead.get("assignee"));
            clock.advance(Duration.ofMinutes(7));

            ResponseEntity<Map> responded = rep.post("/api/leads/" + lead.get("id") + "/responses",
                    Map.of("channel", "WECHAT", "note", "已加微信，约周五演示", "tags", List.of("已预约演示")));

            assertThat(responded.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(responded.getBody().get("status")).isEqualTo("RESPONDED");
            assertThat(Duration.between(Instant.parse((String) lead.get("receivedAt")),
                    Instant.parse((String) responded.getBody().get("firstResponseAt")))).isEqualTo(Duration.ofMinutes(7));
            List<?> timeline = (List<?>) rep.getAny("/api/leads/" + lead.get("id") + "/timeline").getBody();
            assertThat(timeline.stream().map(entry -> (Object) ((Map<?, ?>) entry).get("kind")).toList())
                    .containsExactly("RECEIVED", "ASSIGNED", "RESPONDED");
        }

        @Test
        void secondResponseIsAConflictAndUnknownTagsAreRefused() {
            Map<?, ?> lead = manager().post("/api/leads", LeadFixture.websiteLeadFromShanghai()).getBody();
            ApiClient rep = ApiClient.as(http, (String) lead.get("assignee"));
            String path = "/api/leads/" + lead.get("id") + "/responses";

            assertThat(rep.post(path, Map.of("channel", "PHONE", "tags", List.of("随便"))).getStatusCode())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(rep.post(path, Map.of("channel", "PHONE")).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(rep.post(path, Map.of("channel", "PHONE")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        }
    }

    @Test
    void openApiDescribesTheLeadsApi() {
        ResponseEntity<Map> docs = ApiClient.as(http, null).get("/v3/api-docs");

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Map<?, ?>) docs.getBody().get("paths")).keySet().stream().map(Object::toString).toList())
                .contains("/api/leads", "/api/leads/{id}/responses");
    }
}
