package io.weir.ui.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every browser session starts in Simplified Chinese, whatever the browser asks for; the header switches to English. */
@Component
class ChineseByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(Locale.SIMPLIFIED_CHINESE));
    }
}
