package io.weir.ui.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart: the script comes from the echarts webjar, the option is plain ECharts JSON built on the
 * server. Resizes with its container.
 */
public class EChart extends Div {

    /** Served by Spring Boot's webjar handler; the version is the one pinned as {@code echarts.version} in the POM. */
    static final String SCRIPT = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    private String option;

    public EChart(String id) {
        setId(id);
        addClassName("weir-chart");
        setWidthFull();
        setHeight("320px");
    }

    /** Replaces the whole option (ECharts "notMerge"), so series that disappeared do not linger. */
    public void setOption(String optionJson) {
        this.option = optionJson;
        getUI().ifPresent(ui -> render());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(SCRIPT);
        render();
    }

    private void render() {
        if (option == null) {
            return;
        }
        getElement().executeJs("""
                const chart = window.echarts.getInstanceByDom(this) || window.echarts.init(this);
                chart.setOption(JSON.parse($0), true);
                if (!this.weirResizeObserver) {
                  this.weirResizeObserver = new ResizeObserver(() => chart.resize());
                  this.weirResizeObserver.observe(this);
                }
                this.setAttribute('data-rendered', 'true');
                """, option);
    }
}
