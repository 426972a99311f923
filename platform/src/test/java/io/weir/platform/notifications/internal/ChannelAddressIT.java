package io.weir.platform.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.ApiClient;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.notifications.NotificationManagement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin sets a person's WeCom UserID where it is not their username, and WeCom messages go to that UserID. */
@WeirIntegrationTest
class ChannelAddressIT {

    static final String ADMIN_ADDRESS = "/api/alerts/addresses/wecom/admin";

    @Autowired
    TestRestTemplate http;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheAddresses() {
        jdbc.sql("DELETE FROM channel_address").update();
        VendorSandbox.reset();
    }

    @Test
    void aWeComUserIdSetForAPersonReceivesTheirWeComMessagesUntilItIsCleared() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin").put(ADMIN_ADDRESS, Map.of("address", "WeirAdmin01"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("address", "WeirAdmin01").containsEntry("updatedBy", "admin");
        assertThat(notifications.testSend("wecom", "admin").delivered()).isTrue();
        assertThat(VendorSandbox.weComMessagesTo("WeirAdmin01")).hasSize(1);
        assertThat(VendorSandbox.weComMessagesTo("admin")).isEmpty();

        ApiClient.as(http, "admin").put(ADMIN_ADDRESS, Map.of("address", ""));

        assertThat(notifications.channelAddresses("wecom")).filteredOn(address -> address.username().equals("admin"))
                .singleElement().satisfies(address -> assertThat(address.effective()).isEqualTo("admin"));
        assertThat(notifications.testSend("wecom", "admin").delivered()).isTrue();
        assertThat(VendorSandbox.weComMessagesTo("admin")).hasSize(1);
    }

    @Test
    void aUserIdWeComWouldRefuseOrAnUnknownPersonIsRefusedAndNothingIsStored() {
        ResponseEntity<Map> malformed = ApiClient.as(http, "admin").put(ADMIN_ADDRESS, Map.of("address", "李 娜"));
        ResponseEntity<Map> unknown = ApiClient.as(http, "admin").put("/api/alerts/addresses/wecom/nobody",
                Map.of("address", "Nobody01"));
        ResponseEntity<Map> dingTalk = ApiClient.as(http, "admin").put("/api/alerts/addresses/dingtalk/admin",
                Map.of("address", "x"));

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().toString()).contains("address").contains("UserID");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(dingTalk.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_address").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdminsSeeOrSetAddresses() {
        assertThat(ApiClient.as(http, "manager.east").get("/api/alerts/addresses/wecom").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(http, "rep.li").put(ADMIN_ADDRESS, Map.of("address", "Mine01")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
