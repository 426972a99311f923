package io.weir.platform.reports.internal;

import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report's texts from the shared message bundles: Chinese unless the reader asked for English. */
@Component
class ReportLabels {

    private final MessageSource messages;

    ReportLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A lookup bound to one language; unknown keys come back as themselves so a gap is visible, not fatal. */
    Function<String, String> in(Locale locale) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return key -> messages.getMessage(key, null, key, effective);
    }
}
