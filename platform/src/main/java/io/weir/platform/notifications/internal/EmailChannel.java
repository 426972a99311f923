package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over SMTP (Spring Mail). Without {@code spring.mail.host} the channel reports itself unconfigured. */
@Component
class EmailChannel implements NotificationChannel {

    static final String ID = "email";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender,
                 @Value("${weir.notifications.email.from:weir@localhost}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeliveryResult deliver(Recipient recipient, Notification notification) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return DeliveryResult.skipped(ID, "no SMTP server configured");
        }
        if (recipient.email() == null || recipient.email().isBlank()) {
            return DeliveryResult.skipped(ID, "recipient has no e-mail address");
        }
        try {
            sender.send(mime -> {
                MimeMessageHelper message = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
                message.setFrom(from);
                message.setTo(recipient.email());
                message.setSubject(notification.title());
                message.setText(notification.body());
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
        if (!(mailSender.getIfAvailable() instanceof JavaMailSenderImpl sender)) {
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
        return mailSender.getIfAvailable() != null;
    }
}
