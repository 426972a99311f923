/** First-response clocks: a durable deadline store that fires each deadline once into the lead-response process. */
@ApplicationModule(displayName = "SLA clocks")
package io.weir.platform.sla;

import org.springframework.modulith.ApplicationModule;
