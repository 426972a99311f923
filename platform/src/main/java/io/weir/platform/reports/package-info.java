/** Reports built from what the other modules record: the weekly lead-response health report first. */
@ApplicationModule(displayName = "Reports")
package io.weir.platform.reports;

import org.springframework.modulith.ApplicationModule;
