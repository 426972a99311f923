package io.weir.platform.notifications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.DrillReport;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.platform.shared.InvalidInput;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins' view of the alert channels: health, test sends and drills. */
@RestController
@RequestMapping("/api/alerts")
@Tag(name = "Alerts")
class AlertController {

    record DrillRequest(String channel, String failureClass) {
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
