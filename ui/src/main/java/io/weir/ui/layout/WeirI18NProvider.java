package io.weir.ui.layout;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Views read their texts from the same message bundles as the API: Chinese by default, English on request. */
@Component
class WeirI18NProvider implements I18NProvider {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    WeirI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        return messages.getMessage(key, params, key, effective);
    }
}
