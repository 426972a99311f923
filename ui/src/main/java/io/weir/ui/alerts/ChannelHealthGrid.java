package io.weir.ui.alerts;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.weir.platform.notifications.ChannelHealth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Each channel with its light, recent failures and its last failure's class, vendor code and message. */
public class ChannelHealthGrid extends Grid<ChannelHealth> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public ChannelHealthGrid() {
        setId("channel-health");
        setAllRowsVisible(true);
        addColumn(c -> getTranslation("channels.name." + c.channel())).setHeader(getTranslation("channels.channel"))
                .setAutoWidth(true);
        addComponentColumn(this::badge).setHeader(getTranslation("channels.state")).setAutoWidth(true);
        addColumn(c -> c.recentFailures() + " / " + c.recentAttempts()).setHeader(getTranslation("channels.recent"))
                .setAutoWidth(true);
        addColumn(c -> c.lastFailure() == null ? "—" : TIME.format(c.lastFailedAt()) + " · "
                        + getTranslation("channels.failure." + c.lastFailure().failureClass().name())
                        + (c.lastFailure().vendorCode() == null ? "" : " · " + c.lastFailure().vendorCode()) + " · "
                        + c.lastFailure().detail())
                .setHeader(getTranslation("channels.last-failure")).setFlexGrow(1);
    }

    private Span badge(ChannelHealth health) {
        Span state = new Span(getTranslation("channels.state." + health.state().name()));
        state.getElement().setAttribute("data-state", health.state().name());
        state.getElement().getThemeList().add(switch (health.state()) {
            case RED -> "badge error";
            case AMBER -> "badge contrast";
            case GREEN -> "badge success";
            case UNUSED -> "badge";
        });
        return state;
    }
}
