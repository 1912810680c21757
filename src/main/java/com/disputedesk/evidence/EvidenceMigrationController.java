package com.disputedesk.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/evidence-migration")
@Tag(name = "Administration: evidence storage", description = "Role ADMIN")
class EvidenceMigrationController {
  private final EvidenceMigration migration;

  EvidenceMigrationController(EvidenceMigration migration) {
    this.migration = migration;
  }

  @GetMapping
  @Operation(summary = "Where evidence files are: how many still in PostgreSQL, how many in the object store")
  EvidenceMigration.Progress status() {
    return migration.status();
  }

  @PostMapping
  @Operation(summary = "Move up to limit files from PostgreSQL to the object store, each verified by its SHA-256; "
      + "repeat until inPostgres is 0. Files stay readable throughout")
  EvidenceMigration.Progress run(@RequestParam(defaultValue = "100") int limit, Principal admin) {
    return migration.run(Math.min(Math.max(1, limit), 1000), admin.getName());
  }
}
