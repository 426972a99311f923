package io.weir.platform.workflow.internal.operaton;

import java.util.Set;
import org.operaton.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway: Operaton creates its tables on start, and Flyway refuses to migrate a
 * non-empty schema it has never seen.
 */
public class FlywayBeforeProcessEngine extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }
}
