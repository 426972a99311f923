package io.weir.ui.inbox;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.weir.platform.leads.Lead;

/**
 * Time left until a lead's deadline. The browser ticks it every second (no server round trip per row); green while
 * more than a third of the SLA is left, amber below, red once past.
 */
class Countdown extends Span {

    Countdown(Lead lead, java.time.Instant serverNow) {
        addClassName("weir-countdown");
        if (!lead.awaitsResponse()) {
            setText("—");
            return;
        }
        // time left as the server sees it; the browser counts down from there, whatever its own clock says
        long leftMillis = lead.responseDueAt().toEpochMilli() - serverNow.toEpochMilli();
        long slaMillis = Math.max(1, lead.responseDueAt().toEpochMilli() - lead.receivedAt().toEpochMilli());
        getElement().setAttribute("data-left", Long.toString(leftMillis));
        getElement().setAttribute("data-sla", Long.toString(slaMillis));
        getElement().setAttribute("data-overdue", Boolean.toString(lead.overdue()));
    }

    static void installTicker(UI ui) {
        ui.getPage().executeJs("""
                if (!window.weirCountdown) {
                  window.weirCountdown = setInterval(() => {
                    const now = Date.now();
                    document.querySelectorAll('.weir-countdown[data-left]').forEach(el => {
                      if (!el.dataset.seen || el.dataset.seenLeft !== el.dataset.left) {
                        el.dataset.seen = String(now);
                        el.dataset.seenLeft = el.dataset.left;
                      }
                      const left = Number(el.dataset.left) - (now - Number(el.dataset.seen));
                      const abs = Math.abs(left);
                      const h = Math.floor(abs / 3600000), m = Math.floor(abs / 60000) % 60, s = Math.floor(abs / 1000) % 60;
                      el.textContent = (left < 0 ? '-' : '') + (h > 0 ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
                      const state = left < 0 || el.dataset.overdue === 'true' ? 'red' : (left < Number(el.dataset.sla) / 3 ? 'amber' : 'green');
                      el.dataset.state = state;
                      el.style.color = state === 'red' ? 'var(--lumo-error-text-color)' : (state === 'amber' ? '#b36b00' : 'var(--lumo-success-text-color)');
                      el.style.fontWeight = '600';
                    });
                  }, 1000);
                }
                """);
    }
}
