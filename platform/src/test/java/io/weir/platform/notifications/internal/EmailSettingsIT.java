package io.weir.platform.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.weir.platform.ApiClient;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.notifications.NotificationManagement;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin changes the e-mail settings: the SMTP server is asked first (connect and sign in, nothing sent), and the
 * next alert goes out with the new settings; a server that does not answer is refused on the host field.
 */
@WeirIntegrationTest
class EmailSettingsIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    TestRestTemplate http;
    @Autowired
    NotificationManagement notifications;
    @Autowired
    List<ConfigurableChannel> channels;
    @Autowired
    JdbcClient jdbc;

    ConfiguredChannel email;

    @BeforeEach
    void rememberTheConfiguredServer() {
        email = ConfiguredChannel.remember(channels, "email");
    }

    @AfterEach
    void restoreTheConfiguredServer() {
        email.restore(jdbc);
    }

    @Test
    void aNewSenderAddressIsCheckedWithTheServerAndUsedForTheNextMail() throws Exception {
        assertThat(email.configured().values()).containsEntry("host", "localhost").containsEntry("port", "3025");

        ResponseEntity<Map> response = ApiClient.as(http, "admin").put("/api/alerts/channels/email/settings",
                Map.of("version", 0, "values", Map.of("from", "alerts@weir.example.cn")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(notifications.channelSettings("email").history()).singleElement()
                .satisfies(change -> assertThat(change.sandboxCheck()).contains("SMTP localhost:3025").contains("ok"));
        assertThat(notifications.testSend("email", "admin").delivered()).isTrue();
        MimeMessage sent = Arrays.stream(mail.getReceivedMessages())
                .filter(message -> hasRecipient(message, "admin@weir.local")).reduce((first, second) -> second)
                .orElseThrow();
        assertThat(sent.getFrom()[0].toString()).isEqualTo("alerts@weir.example.cn");
    }

    @Test
    void aServerThatDoesNotAnswerIsRefusedOnTheHostAndNothingChanges() {
        ResponseEntity<Map> response = ApiClient.as(http, "admin").put("/api/alerts/channels/email/settings",
                Map.of("version", 0, "values", Map.of("port", "1")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("host").contains("沙箱检查未通过").contains("localhost:1");
        assertThat(email.channel().settingValues()).containsEntry("port", "3025");
        assertThat(notifications.channelSettings("email").version()).isZero();
    }

    private static boolean hasRecipient(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
