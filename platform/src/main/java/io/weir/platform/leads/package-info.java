/** Leads from intake to first response: validation, tiering, assignment, the public pool, the timeline. */
@ApplicationModule(displayName = "Leads")
package io.weir.platform.leads;

import org.springframework.modulith.ApplicationModule;
