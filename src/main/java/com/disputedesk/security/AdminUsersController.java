package com.disputedesk.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration: users and audit", description = "Role ADMIN; HTTP Basic or the workspace session")
class AdminUsersController {
  record NewUserRequest(String username, String displayName, String email, Set<String> roles) {}

  record UserPage(List<Account> users, int total) {}

  /** The account with its temporary password: shown in this answer only. */
  record AccountWithPassword(String username, String displayName, String email, Set<String> roles, boolean enabled,
      String source, boolean mustChangePassword, String temporaryPassword) {
    static AccountWithPassword of(UserAdministration.WithTemporaryPassword created) {
      Account a = created.account();
      return new AccountWithPassword(a.username(), a.displayName(), a.email(), a.roles(), a.enabled(), a.source(),
          a.mustChangePassword(), created.temporaryPassword());
    }
  }

  record AuditPage(List<AccessAudit.Entry> entries, int total) {}

  private final UserAdministration users;
  private final AccessAudit audit;

  AdminUsersController(UserAdministration users, AccessAudit audit) {
    this.users = users;
    this.audit = audit;
  }

  @GetMapping("/users")
  @Operation(summary = "People with workspace accounts; q matches user name, name or email")
  UserPage list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "50") int limit) {
    return new UserPage(users.search(q, Math.max(0, offset), Math.min(Math.max(1, limit), 500)), users.count(q));
  }

  @GetMapping("/users/{username}")
  Account get(@PathVariable String username) {
    return users.get(username);
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a local account; the answer carries a temporary password, shown once")
  AccountWithPassword create(@RequestBody NewUserRequest user, Principal admin) {
    return AccountWithPassword.of(users.create(new UserAdministration.NewUser(user.username(), user.displayName(),
        user.email(), user.roles() == null ? Set.of() : user.roles()), admin.getName()));
  }

  @PutMapping("/users/{username}")
  @Operation(summary = "Change name, email, roles or enabled; each change is audited")
  Account update(@PathVariable String username, @RequestBody UserAdministration.Changes changes, Principal admin) {
    return users.update(username, changes, admin.getName());
  }

  @PostMapping("/users/{username}/password-reset")
  @Operation(summary = "A new temporary password, shown once, to be changed at the next sign-in")
  AccountWithPassword resetPassword(@PathVariable String username, Principal admin) {
    return AccountWithPassword.of(users.resetPassword(username, admin.getName()));
  }

  @GetMapping("/audit")
  @Operation(summary = "Access changes, newest first: who, when, what, from and to")
  AuditPage audit(@RequestParam(required = false) String subject, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    return new AuditPage(audit.list(subject, Math.max(0, offset), Math.min(Math.max(1, limit), 500)),
        audit.count(subject));
  }
}
