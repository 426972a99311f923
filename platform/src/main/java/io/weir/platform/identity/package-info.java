/** Who is who: users, their roles and teams, and who may see which leads. */
@ApplicationModule(displayName = "Identity")
package io.weir.platform.identity;

import org.springframework.modulith.ApplicationModule;
