package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.SettingField;
import io.weir.platform.shared.Violations;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP. At start the server is Spring Mail's ({@code spring.mail.*}); settings saved in the dialog replace
 * it. Without a host the channel reports itself unconfigured and skips.
 */
@Component
class EmailChannel implements NotificationChannel, ConfigurableChannel {

    static final String ID = "email";

    /** The settings in force and the sender made from them, replaced together. */
    private record Smtp(EmailSettings settings, JavaMailSender sender) {
    }

    private volatile Smtp smtp;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, ObjectProvider<MailProperties> mail,
                 @Value("${weir.notifications.email.from:weir@localhost}") String from) {
        EmailSettings settings = EmailSettings.of(mail.getIfAvailable(), from);
        JavaMailSender configured = mailSender.getIfAvailable();
        this.smtp = new Smtp(settings, configured != null || !settings.configured() ? configured : settings.sender());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult deliver(Recipient recipient, Notification notification) {
        Smtp current = smtp;
        if (current.sender() == null) {
            return DeliveryResult.skipped(ID, "no SMTP server configured");
        }
        if (recipient.email() == null || recipient.email().isBlank()) {
            return DeliveryResult.skipped(ID, "recipient has no e-mail address");
        }
        try {
            current.sender().send(mime -> {
                MimeMessageHelper message = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
                message.setFrom(current.settings().from());
                message.setTo(recipient.email());
                message.setSubject(notification.title());
                message.setText(notification.link() == null ? notification.body()
                        : notification.body() + "\n\n" + notification.link());
                // the same alert resent after a crash keeps its Message-ID, so mail clients show it once
                mime.setHeader("Message-ID", messageId(notification, recipient));
            });
            return DeliveryResult.delivered(ID);
        } catch (MailException failure) {
            return DeliveryResult.failed(ID, classify(failure), null, failure.getMessage());
        }
    }

    static String messageId(Notification notification, Recipient recipient) {
        String key = notification.dedupKey() + "|" + recipient.username();
        return "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@alerts.weir>";
    }

    /** Connects and signs in to the SMTP server without sending: a changed password shows without traffic. */
    @Override
    public Optional<DeliveryResult> probe() {
        if (!(smtp.sender() instanceof JavaMailSenderImpl sender)) {
            return Optional.empty();
        }
        try {
            sender.testConnection();
            return Optional.of(DeliveryResult.delivered(ID));
        } catch (AuthenticationFailedException refused) {
            return Optional.of(DeliveryResult.failed(ID, FailureClass.AUTHENTICATION, null, "probe: " + refused.getMessage()));
        } catch (MessagingException unreachable) {
            return Optional.of(DeliveryResult.failed(ID, FailureClass.NETWORK, null, "probe: " + unreachable.getMessage()));
        }
    }

    /** Wrong credentials are an authentication failure, a malformed message ours; anything else is the network's. */
    private static FailureClass classify(MailException failure) {
        if (failure instanceof org.springframework.mail.MailAuthenticationException) {
            return FailureClass.AUTHENTICATION;
        }
        if (failure instanceof org.springframework.mail.MailParseException
                || failure instanceof org.springframework.mail.MailPreparationException) {
            return FailureClass.PARAMETER;
        }
        return FailureClass.NETWORK;
    }

    @Override
    public boolean isConfigured() {
        return smtp.sender() != null;
    }

    @Override
    public List<SettingField> settingFields() {
        return smtp.settings().fields();
    }

    @Override
    public Map<String, String> settingValues() {
        return smtp.settings().values();
    }

    @Override
    public boolean configures(Map<String, String> values) {
        return smtp.settings().with(new SettingValues(values)).configured();
    }

    @Override
    public void validate(SettingValues values, Violations violations) {
        values.requirePattern("host", "[A-Za-z0-9.-]{1,253}", "smtp.exmail.qq.com", violations);
        values.requireNumber("port", 1, 65_535, violations);
        values.requirePattern("from", "[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[^@\\s]+@localhost", "alerts@example.cn", violations);
    }

    /** Connects and signs in with the candidate settings (EHLO, STARTTLS where offered, AUTH); sends nothing. */
    @Override
    public SandboxCheck sandboxCheck(SettingValues values) {
        EmailSettings candidate = smtp.settings().with(values);
        String call = "SMTP " + candidate.host() + ":" + candidate.port() + " (connect and sign in)";
        try {
            candidate.sender().testConnection();
            return new SandboxCheck(ID, List.of(candidate.username() == null
                    ? SandboxCheck.Step.passed(call, "host", "notifications.check.host-answers")
                    : SandboxCheck.Step.passed(call, "host", "notifications.check.smtp-signed-in", candidate.username())));
        } catch (AuthenticationFailedException refused) {
            return new SandboxCheck(ID, List.of(SandboxCheck.Step.failed(call, "password", FailureClass.AUTHENTICATION,
                    null, refused.getMessage())));
        } catch (MessagingException unreachable) {
            return new SandboxCheck(ID, List.of(SandboxCheck.Step.failed(call, "host", FailureClass.NETWORK, null,
                    unreachable.getMessage())));
        }
    }

    @Override
    public void apply(SettingValues values) {
        EmailSettings edited = smtp.settings().with(values);
        smtp = new Smtp(edited, edited.configured() ? edited.sender() : null);
    }
}
