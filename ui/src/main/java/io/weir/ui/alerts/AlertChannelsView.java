package io.weir.ui.alerts;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.DrillReport;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.NotificationManagement;
import io.weir.platform.notifications.VendorContract;
import io.weir.platform.shared.InvalidInput;
import io.weir.ui.charts.ChartOptions;
import io.weir.ui.charts.EChart;
import io.weir.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Where an admin looks after the alert channels: each channel's light with its settings (saved only after a sandbox
 * check with the vendor), a test send and a drill, the drill history
 * with the time each safeguard took, charted, and the vendor API contracts each adapter implements.
 */
@Route(value = "alerts", layout = MainLayout.class)
@PageTitle("Weir · 告警渠道")
@RolesAllowed("ADMIN")
public class AlertChannelsView extends VerticalLayout {

    private static final int CHARTED_DRILLS = 10;

    private final NotificationManagement notifications;
    private final String me;
    private final ChannelHealthGrid channels = new ChannelHealthGrid();
    private final Grid<DrillReport> drills = new Grid<>();
    private final EChart drillChart = new EChart("drill-chart");

    public AlertChannelsView(NotificationManagement notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.me = currentUser.require().username();
        channels.addComponentColumn(this::actions).setHeader(getTranslation("alerts.actions")).setAutoWidth(true);
        configureDrillHistory();
        drillChart.setHeight("320px");
        drillChart.setWidthFull();
        add(new H3(getTranslation("alerts.title")), new Paragraph(getTranslation("alerts.help")), channels,
                new H3(getTranslation("alerts.drills")), drillChart, drills,
                new H3(getTranslation("alerts.contracts")), new Paragraph(getTranslation("alerts.contracts-help")),
                contracts(), new H3(getTranslation("alerts.accounts")),
                new Paragraph(getTranslation("alerts.accounts-help")), new AccountsGrid(notifications, me));
        refresh();
    }

    private HorizontalLayout actions(ChannelHealth health) {
        Button testSend = new Button(getTranslation("alerts.test-send"), click -> testSend(health.channel()));
        testSend.setId("test-send-" + health.channel());
        Button drill = new Button(getTranslation("alerts.drill"), click -> openDrill(health.channel()));
        drill.setId("drill-" + health.channel());
        boolean unused = health.state() == ChannelHealth.State.UNUSED;
        testSend.setEnabled(!unused);
        drill.setEnabled(!unused && !"in-app".equals(health.channel()));
        testSend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        drill.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(testSend, drill);
        if (notifications.editableChannels().contains(health.channel())) {
            Button settings = new Button(getTranslation("alerts.settings"), click ->
                    new ChannelSettingsDialog(notifications, health.channel(), me, this::refresh).open());
            settings.setId("settings-" + health.channel());
            settings.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.addComponentAsFirst(settings);
        }
        return actions;
    }

    private void testSend(String channel) {
        DeliveryResult result = notifications.testSend(channel, me);
        if (result.delivered()) {
            notify(getTranslation("alerts.test-sent", channelName(channel)), NotificationVariant.LUMO_SUCCESS);
        } else {
            notify(getTranslation("alerts.test-failed", channelName(channel), failure(result)),
                    NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** Asks for the failure to inject, then runs the drill off the request thread with a progress bar. */
    private void openDrill(String channel) {
        Dialog dialog = new Dialog(getTranslation("alerts.drill-title", channelName(channel)));
        dialog.setId("drill-dialog");
        Select<FailureClass> failureClass = new Select<>();
        failureClass.setId("drill-failure-class");
        failureClass.setLabel(getTranslation("alerts.drill-failure"));
        failureClass.setItems(FailureClass.values());
        failureClass.setItemLabelGenerator(value -> getTranslation("channels.failure." + value.name()));
        failureClass.setValue(FailureClass.AUTHENTICATION);
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Span status = new Span(getTranslation("alerts.drill-explained"));
        status.setId("drill-status");
        Button start = new Button(getTranslation("alerts.drill-start"));
        start.setId("drill-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            start.setEnabled(false);
            failureClass.setReadOnly(true);
            progress.setVisible(true);
            status.setText(getTranslation("alerts.drill-running"));
            UI ui = UI.getCurrent();
            CompletableFuture.supplyAsync(() -> notifications.drill(channel, failureClass.getValue(), me))
                    .whenComplete((report, failure) -> ui.access(() -> {
                        progress.setVisible(false);
                        status.setText(report != null ? summary(report) : refusal(failure));
                        refresh();
                    }));
        });
        dialog.add(new VerticalLayout(failureClass, progress, status));
        dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()), start);
        dialog.open();
    }

    /** The vendor APIs each adapter implements, pinned to the documentation it was built against. */
    private Grid<ContractRow> contracts() {
        Grid<ContractRow> grid = new Grid<>();
        grid.setId("vendor-contracts");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> channelName(row.channel())).setHeader(getTranslation("channels.channel")).setAutoWidth(true);
        grid.addColumn(row -> row.contract().api()).setHeader(getTranslation("alerts.contract-api")).setAutoWidth(true);
        grid.addColumn(row -> row.contract().version()).setHeader(getTranslation("alerts.contract-version"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> new Anchor(row.contract().documentation(), getTranslation("alerts.contract-doc"),
                AnchorTarget.BLANK)).setHeader(getTranslation("alerts.contract-doc")).setAutoWidth(true);
        grid.addColumn(row -> String.join("；", row.contract().checks())).setHeader(getTranslation("alerts.contract-checks"))
                .setFlexGrow(1);
        grid.setItems(notifications.contracts().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(contract -> new ContractRow(entry.getKey(), contract)))
                .toList());
        return grid;
    }

    private record ContractRow(String channel, VendorContract contract) {
    }

    private void configureDrillHistory() {
        drills.setId("drill-history");
        drills.setAllRowsVisible(true);
        drills.addColumn(d -> ChannelHealthGrid.TIME.format(d.startedAt())).setHeader(getTranslation("alerts.when"))
                .setAutoWidth(true);
        drills.addColumn(d -> channelName(d.channel())).setHeader(getTranslation("channels.channel")).setAutoWidth(true);
        drills.addColumn(d -> getTranslation("channels.failure." + d.failureClass().name()))
                .setHeader(getTranslation("alerts.drill-failure")).setAutoWidth(true);
        drills.addComponentColumn(d -> {
            Span verdict = new Span(getTranslation(d.passed() ? "alerts.passed" : "alerts.failed"));
            verdict.getElement().getThemeList().add(d.passed() ? "badge success" : "badge error");
            return verdict;
        }).setHeader(getTranslation("alerts.result")).setAutoWidth(true);
        drills.addColumn(d -> millis(d.classifiedMs())).setHeader(getTranslation("alerts.step.classified"));
        drills.addColumn(d -> millis(d.redMs())).setHeader(getTranslation("alerts.step.red"));
        drills.addColumn(d -> millis(d.fallbackMs()) + (d.fallbackVia() == null ? "" : " · " + channelName(d.fallbackVia())))
                .setHeader(getTranslation("alerts.step.fallback")).setAutoWidth(true);
        drills.addColumn(d -> millis(d.alarmMs()) + " · " + String.join("、",
                        d.alarmChannels().stream().map(this::channelName).toList()))
                .setHeader(getTranslation("alerts.step.alarm")).setAutoWidth(true);
        drills.addColumn(d -> String.join("；", d.findings().stream()
                .map(finding -> getTranslation("alerts.finding." + finding)).toList()))
                .setHeader(getTranslation("alerts.findings")).setFlexGrow(1);
    }

    private void refresh() {
        channels.setItems(notifications.channelHealth());
        List<DrillReport> history = notifications.drills(50);
        drills.setItems(history);
        List<DrillReport> charted = new ArrayList<>(history.subList(0, Math.min(CHARTED_DRILLS, history.size())));
        Collections.reverse(charted); // oldest first, left to right
        List<String> labels = charted.stream()
                .map(d -> ChannelHealthGrid.TIME.format(d.startedAt()) + " " + channelName(d.channel())).toList();
        drillChart.setOption(ChartOptions.bars(getTranslation("alerts.chart"), labels)
                .axis(getTranslation("alerts.chart-axis"), " ms")
                .series(getTranslation("alerts.step.classified"), 0, "#5470c6",
                        charted.stream().map(DrillReport::classifiedMs).toList())
                .series(getTranslation("alerts.step.red"), 0, "#ee6666",
                        charted.stream().map(DrillReport::redMs).toList())
                .series(getTranslation("alerts.step.fallback"), 0, "#91cc75",
                        charted.stream().map(DrillReport::fallbackMs).toList())
                .series(getTranslation("alerts.step.alarm"), 0, "#fac858",
                        charted.stream().map(DrillReport::alarmMs).toList())
                .toJson());
    }

    private String summary(DrillReport report) {
        return getTranslation(report.passed() ? "alerts.drill-passed" : "alerts.drill-failed",
                millis(report.classifiedMs()), millis(report.redMs()), millis(report.fallbackMs()),
                millis(report.alarmMs()), report.budgetMs() / 1000);
    }

    private String refusal(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof InvalidInput refused) {
            return refused.violations().stream().map(v -> getTranslation(v.messageKey(), v.arguments().toArray()))
                    .reduce((a, b) -> a + "；" + b).orElse("");
        }
        return getTranslation("alerts.drill-error");
    }

    private String failure(DeliveryResult result) {
        if (result.skipped()) {
            return result.detail();
        }
        return getTranslation("channels.failure." + result.failureClass().name())
                + (result.vendorCode() == null ? "" : " · " + result.vendorCode()) + " · " + result.detail();
    }

    private String channelName(String channel) {
        return getTranslation("channels.name." + channel);
    }

    private String millis(Long value) {
        return value == null ? getTranslation("alerts.not-within-budget") : value + " ms";
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6_000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
