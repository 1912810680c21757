package com.disputedesk.integration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Integration: event feed", description = "Role MARKETPLACE or PAYMENTS")
class EventFeedController {
  private final EventFeed feed;

  EventFeedController(EventFeed feed) {
    this.feed = feed;
  }

  @GetMapping("/api/v1/events")
  @Operation(summary = "Integration events in commit order, for reconciliation: pass the answer's next as after to "
      + "continue; kept at least 30 days. Event types and their data: docs/asyncapi.yaml")
  EventFeed.EventPage events(@RequestParam(required = false) String after,
      @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) List<String> types) {
    return feed.after(after, limit, types == null ? List.of() : types);
  }
}
