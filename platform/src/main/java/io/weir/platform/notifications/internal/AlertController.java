package io.weir.platform.notifications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.notifications.ChannelAddress;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.ChannelSettings;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.DrillReport;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.shared.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins' view of the alert channels: health, settings with their sandbox check, test sends and drills. */
@RestController
@RequestMapping("/api/alerts")
@Tag(name = "Alerts")
class AlertController {

    record DrillRequest(String channel, String failureClass) {
    }

    /** Edited settings by name; {@code version} is the one the editor started from. */
    record SettingsEdit(Integer version, Map<String, String> values) {

        Map<String, String> valuesOrNone() {
            return values == null ? Map.of() : values;
        }
    }

    private final NotificationManagement notifications;
    private final CurrentUser currentUser;

    AlertController(NotificationManagement notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping("/channels")
    @Operation(summary = "Each channel's light from its recent deliveries, with its last failure")
    List<ChannelHealth> channels() {
        return notifications.channelHealth();
    }

    @PostMapping("/channels/{channel}/test-send")
    @Operation(summary = "Send a test message on one channel now, to yourself unless another user is named")
    DeliveryResult testSend(@PathVariable String channel, @RequestParam(required = false) String to) {
        return notifications.testSend(channel, to == null || to.isBlank() ? currentUser.require().username() : to);
    }

    @GetMapping("/channels/{channel}/settings")
    @Operation(summary = "A channel's settings in force; secrets only as set or not, never their values")
    ChannelSettings settings(@PathVariable String channel) {
        return notifications.channelSettings(channel);
    }

    /** A sandbox check step as the API shows it: what it says in the caller's language. */
    record CheckedStep(String call, String field, boolean passed, FailureClass failureClass, String vendorCode,
                       String detail) {
    }

    record CheckedSettings(String channel, boolean passed, List<CheckedStep> steps) {
    }

    @PostMapping("/channels/{channel}/settings/check")
    @Operation(summary = "Sandbox check: ask the vendor about edited settings with read-only calls, without saving")
    CheckedSettings checkSettings(@PathVariable String channel, @RequestBody SettingsEdit edit, Locale locale) {
        SandboxCheck check = notifications.checkChannelSettings(channel, edit.valuesOrNone());
        return new CheckedSettings(channel, check.passed(), check.steps().stream()
                .map(step -> new CheckedStep(step.call(), step.field(), step.passed(), step.failureClass(),
                        step.vendorCode(), notifications.sandboxStepWording(step, locale)))
                .toList());
    }

    @PutMapping("/channels/{channel}/settings")
    @Operation(summary = "Save edited settings once the sandbox check passed; an empty secret keeps the one in force")
    ChannelSettings saveSettings(@PathVariable String channel, @RequestBody SettingsEdit edit) {
        if (edit.version() == null) {
            throw InvalidInput.of("version", "notifications.settings.version-required");
        }
        return notifications.saveChannelSettings(channel, edit.valuesOrNone(), edit.version(),
                currentUser.require().username());
    }

    @PostMapping("/channels/{channel}/settings/switch-off")
    @Operation(summary = "Switch a channel off: clear all its settings, secrets included")
    ChannelSettings switchOff(@PathVariable String channel, @RequestBody SettingsEdit edit) {
        if (edit.version() == null) {
            throw InvalidInput.of("version", "notifications.settings.version-required");
        }
        return notifications.switchOffChannel(channel, edit.version(), currentUser.require().username());
    }

    @GetMapping("/addresses/{channel}")
    @Operation(summary = "Every active person's address on a channel (wecom: their WeCom UserID), set or not")
    List<ChannelAddress> addresses(@PathVariable String channel) {
        return notifications.channelAddresses(channel);
    }

    record AddressEdit(String address) {
    }

    @PutMapping("/addresses/{channel}/{username}")
    @Operation(summary = "Set a person's address on a channel; an empty one goes back to their username")
    ChannelAddress setAddress(@PathVariable String channel, @PathVariable String username,
                              @RequestBody AddressEdit edit) {
        notifications.setChannelAddress(channel, username, edit.address(), currentUser.require().username());
        return notifications.channelAddresses(channel).stream().filter(address -> address.username().equals(username))
                .findFirst().orElseThrow(() -> new io.weir.platform.shared.NotFound("notifications.address.no-such-user",
                        username));
    }

    @PostMapping("/drills")
    @Operation(summary = "Run a fault-injection drill on a channel now; answers with its report within the alert budget")
    DrillReport drill(@RequestBody DrillRequest request) {
        FailureClass failureClass = Arrays.stream(FailureClass.values())
                .filter(value -> value.name().equalsIgnoreCase(request.failureClass() == null ? "AUTHENTICATION"
                        : request.failureClass()))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("failureClass", "notifications.drill.failure-class"));
        return notifications.drill(request.channel(), failureClass, currentUser.require().username());
    }

    @GetMapping("/drills")
    @Operation(summary = "The latest drill reports, newest first")
    List<DrillReport> drills() {
        return notifications.drills(50);
    }
}
