package com.disputedesk.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sla-policies")
@Tag(name = "Operations: SLA policies", description = "Role OPS_LEAD")
class SlaPolicyController {
  record PolicyChange(String duration, SlaCalendar calendar) {}

  private final SlaPolicies policies;

  SlaPolicyController(SlaPolicies policies) {
    this.policies = policies;
  }

  @GetMapping
  @Operation(summary = "All SLA policies: key, duration, calendar")
  List<SlaPolicy> all() {
    return policies.all();
  }

  @GetMapping("/{key}")
  SlaPolicy one(@PathVariable String key) {
    return policies.get(key);
  }

  @PutMapping("/{key}")
  @Operation(summary = "Change a policy; applies to timers created from now on")
  SlaPolicy update(@PathVariable String key, @RequestBody PolicyChange change, Principal user) {
    return policies.update(key, change.duration(), change.calendar(), user.getName());
  }
}
