/** Small building blocks every module may use: input violations, problem details, the injected clock. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.weir.platform.shared;

import org.springframework.modulith.ApplicationModule;
