/** Scenario templates from {@code templates/}: teams, channels, tags and, in the local profile, demo users and leads. */
@ApplicationModule(displayName = "Scenarios")
package io.weir.platform.scenarios;

import org.springframework.modulith.ApplicationModule;
