package io.weir;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** Weir: the platform modules and the Vaadin UI in one runnable application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Push
@PWA(name = "Weir 筑坝", shortName = "Weir")
public class WeirApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(WeirApplication.class, args);
    }
}
