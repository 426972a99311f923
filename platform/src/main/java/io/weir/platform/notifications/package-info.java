/** Tells people what needs them: the notifications port, its channels (in-app bell, e-mail), and escalation alerts. */
@ApplicationModule(displayName = "Notifications")
package io.weir.platform.notifications;

import org.springframework.modulith.ApplicationModule;
