package io.weir.platform.notifications;

import java.util.List;

/**
 * One vendor API a channel adapter implements, pinned to the version of the vendor's documentation it was written
 * and tested against: what an admin checks when a vendor announces a change.
 *
 * @param api           the call, as the vendor names it
 * @param version       the vendor's API version, or the date of the documentation page where the vendor has none
 * @param documentation the vendor's documentation page
 * @param checks        what the adapter checks before sending and reads from every answer
 */
public record VendorContract(String api, String version, String documentation, List<String> checks) {
}
