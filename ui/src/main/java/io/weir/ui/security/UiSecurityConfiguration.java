package io.weir.ui.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/** The browser signs in through Weir's login view; every view declares who may open it. */
@Configuration
@EnableWebSecurity
class UiSecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // static scripts (ECharts) carry no data; the views that use them are checked by role
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/webjars/**").permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
