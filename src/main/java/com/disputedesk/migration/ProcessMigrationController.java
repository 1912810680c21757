package com.disputedesk.migration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/process-migrations")
@Tag(name = "Administration: process migrations", description = "Role ADMIN. Moves running cases to another "
    + "version of their BPMN model")
class ProcessMigrationController {
  record MigrationRunList(List<MigrationRun> migrations) {}

  private final ProcessMigrations migrations;

  ProcessMigrationController(ProcessMigrations migrations) {
    this.migrations = migrations;
  }

  @PostMapping
  @Operation(summary = "dryRun=true (the default): where the instances wait, how each activity maps, what fails and "
      + "why, timers that change; dryRun=false: starts the move as a migration batch (409 while anything blocks it)")
  @ApiResponse(responseCode = "200", description = "The dry run",
      content = @Content(schema = @Schema(implementation = MigrationPreview.class)))
  @ApiResponse(responseCode = "202", description = "The move started; follow it at Location",
      content = @Content(schema = @Schema(implementation = MigrationRun.class)))
  ResponseEntity<Object> migrate(@RequestBody MigrationRequest request,
      @RequestParam(defaultValue = "true") boolean dryRun, Principal admin) {
    if (dryRun) {
      return ResponseEntity.ok(migrations.preview(request));
    }
    MigrationRun run = migrations.start(request, admin.getName());
    return ResponseEntity.accepted().location(URI.create("/api/v1/admin/process-migrations/" + run.id())).body(run);
  }

  @GetMapping
  @Operation(summary = "The latest 50 moves, newest first, with their progress")
  MigrationRunList recent() {
    return new MigrationRunList(migrations.recent(50));
  }

  @GetMapping("/{id}")
  MigrationRun get(@PathVariable UUID id) {
    return migrations.find(id).orElseThrow(() -> new com.disputedesk.common.CaseNotFound("process migration", id));
  }
}
