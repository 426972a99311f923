/** Manager-editable rule packs: lead tiers and SLAs, routing to teams, working calendars, and their published versions. */
@ApplicationModule(displayName = "Policies")
package io.weir.platform.policies;

import org.springframework.modulith.ApplicationModule;
