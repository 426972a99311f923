/** The process engine behind a port: Operaton embedded by default, Camunda 8 for scale-out. */
@ApplicationModule(displayName = "Workflow")
package io.weir.platform.workflow;

import org.springframework.modulith.ApplicationModule;
