package io.weir.platform.leads;

import java.util.List;

/** What a rep records as the first response: channel, a note and one-click key-node tags. */
public record FirstResponse(ResponseChannel channel, String note, List<String> tags) {

    public FirstResponse {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
