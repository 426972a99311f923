package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Makes a channel fail in-process for a drill: while a fault is injected, every delivery on the channel fails with
 * the injected class and the vendor code {@value #DRILL_CODE}, and the vendor is never called.
 */
@Component
class FaultInjection {

    static final String DRILL_CODE = "drill";

    private record Fault(String drillId, FailureClass failureClass) {
    }

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    void inject(String channel, FailureClass failureClass, String drillId) {
        faults.put(channel, new Fault(drillId, failureClass));
    }

    void clear(String channel) {
        faults.remove(channel);
    }

    Optional<DeliveryResult> failureFor(String channel) {
        Fault fault = faults.get(channel);
        return fault == null ? Optional.empty() : Optional.of(DeliveryResult.failed(channel, fault.failureClass(),
                DRILL_CODE, "injected by drill " + fault.drillId() + ": " + fault.failureClass() + " failure"));
    }

    static boolean injected(DeliveryResult result) {
        return DRILL_CODE.equals(result.vendorCode());
    }

    /** The drill that injected this failure, or {@code null} for a real one. */
    static String drillOf(DeliveryResult result) {
        return injected(result) ? result.detail().replaceFirst("^injected by drill (\\S+): .*$", "$1") : null;
    }
}
