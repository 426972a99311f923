package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.SettingField;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server alerts are mailed through: from {@code spring.mail.*} and {@code weir.notifications.email.from} at
 * start, editable in the settings dialog. Without a host the channel reports itself unconfigured and skips.
 */
record EmailSettings(String host, Integer port, String username, String password, String from, Duration timeout)
        implements VendorSettings<EmailSettings> {

    private static final List<SettingField> FIELDS = List.of(SettingField.plain("host", true),
            SettingField.plain("port", true), SettingField.plain("username", false),
            new SettingField("password", true, false), SettingField.plain("from", true));
    static final int SMTPS_PORT = 465;

    EmailSettings {
        port = port == null ? 25 : port;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    static EmailSettings of(MailProperties mail, String from) {
        return mail == null ? new EmailSettings(null, null, null, null, from, null)
                : new EmailSettings(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword(), from, null);
    }

    @Override
    public List<SettingField> fields() {
        return FIELDS;
    }

    @Override
    public boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("host", host);
        values.put("port", port.toString());
        values.put("username", username);
        values.put("password", password);
        values.put("from", from);
        return values;
    }

    @Override
    public EmailSettings with(SettingValues edited) {
        return new EmailSettings(edited.text("host"), edited.integer("port"), edited.text("username"),
                edited.text("password"), edited.text("from"), timeout);
    }

    /**
     * A mail sender for these settings: signs in when a user is set, uses TLS from the first byte on port 465 and
     * upgrades with STARTTLS where the server offers it elsewhere.
     */
    JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setUsername(username);
        sender.setPassword(password);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        String millis = Long.toString(timeout.toMillis());
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        properties.put("mail.smtp.auth", Boolean.toString(username != null));
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.ssl.enable", Boolean.toString(port == SMTPS_PORT));
        return sender;
    }
}
