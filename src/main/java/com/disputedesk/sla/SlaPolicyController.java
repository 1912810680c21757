package com.disputedesk.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sla-policies")
@Tag(name = "Operations: SLA policies", description = "Role OPS_LEAD")
class SlaPolicyController {
  record PolicyChange(String duration, SlaCalendar calendar) {}

  private final SlaPolicies policies;
  private final Retiming retiming;

  SlaPolicyController(SlaPolicies policies, Retiming retiming) {
    this.policies = policies;
    this.retiming = retiming;
  }

  @PostMapping("/{key}/retime")
  @Operation(summary = "Re-time running timers to the current policy; dryRun=true only previews")
  RetimePlan retime(@PathVariable String key, @RequestParam(defaultValue = "false") boolean dryRun, Principal user) {
    return dryRun ? retiming.preview(key) : retiming.apply(key, user.getName());
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
