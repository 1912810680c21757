package com.disputedesk.security;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.security.AccessAudit.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' use cases on local accounts: create, change, disable, reset a password. Passwords go through
 * Spring Security's {@link JdbcUserDetailsManager} and {@link PasswordEncoder}; every change is audited in its
 * own transaction and mirrored into Camunda's identity tables.
 */
@Service
public class UserAdministration {
  public record NewUser(String username, String displayName, String email, Set<String> roles) {}

  public record Changes(String displayName, String email, Set<String> roles, Boolean enabled) {}

  /** A created or reset account with the temporary password, shown once. */
  public record WithTemporaryPassword(Account account, String temporaryPassword) {}

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,49}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");

  private final JdbcUserDetailsManager manager;
  private final PasswordEncoder encoder;
  private final AccountRows rows;
  private final JdbcClient jdbc;
  private final AccessAudit audit;
  private final CamundaIdentitySync camunda;

  UserAdministration(JdbcUserDetailsManager manager, PasswordEncoder encoder, AccountRows rows, JdbcClient jdbc,
      AccessAudit audit, CamundaIdentitySync camunda) {
    this.manager = manager;
    this.encoder = encoder;
    this.rows = rows;
    this.jdbc = jdbc;
    this.audit = audit;
    this.camunda = camunda;
  }

  @Transactional(readOnly = true)
  public List<Account> search(String text, int offset, int limit) {
    return rows.search(text, offset, limit);
  }

  @Transactional(readOnly = true)
  public int count(String text) {
    return rows.count(text);
  }

  @Transactional(readOnly = true)
  public Account get(String username) {
    return rows.find(username).orElseThrow(() -> new CaseNotFound("user", username));
  }

  /** A new local account with a temporary password, to be changed at the first sign-in. */
  @Transactional
  public WithTemporaryPassword create(NewUser user, String actor) {
    String temporary = PasswordPolicy.temporary();
    insert(user, temporary, true, actor);
    audit.record(actor, Action.USER_CREATED, user.username(), null, String.join(",", user.roles()));
    return new WithTemporaryPassword(get(user.username()), temporary);
  }

  /** An account whose password its creator chose (the bootstrap administrator): no forced change. */
  @Transactional
  Account createWithPassword(NewUser user, String password, String actor) {
    PasswordPolicy.check("password", user.username(), password);
    insert(user, password, false, actor);
    return get(user.username());
  }

  @Transactional
  public Account update(String username, Changes changes, String actor) {
    Account before = get(username);
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (changes.email() != null && !changes.email().isBlank() && !EMAIL.matcher(changes.email()).matches()) {
      errors.add(new InvalidInput.FieldError("email", "must be an email address such as anna@example.com"));
    }
    if (changes.roles() != null) {
      rolesErrors(changes.roles(), errors);
      if (before.managedBySso() && !changes.roles().equals(before.roles())) {
        errors.add(new InvalidInput.FieldError("roles",
            "come from the identity provider for this account: change the person's groups there"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    String name = changes.displayName() == null ? before.displayName() : changes.displayName().strip();
    String email = changes.email() == null ? before.email() : blankToNull(changes.email());
    if (!Objects.equals(name, before.displayName()) || !Objects.equals(email, before.email())) {
      jdbc.sql("update users set display_name = ?, email = ? where username = ?").params(name, email, username)
          .update();
      audit.record(actor, Action.USER_DETAILS_CHANGED, username, before.displayName() + " <" + before.email() + ">",
          name + " <" + email + ">");
    }
    if (changes.roles() != null && !changes.roles().equals(before.roles())) {
      if (username.equals(actor) && before.roles().contains(Roles.ADMIN) && !changes.roles().contains(Roles.ADMIN)) {
        throw RuleViolation.conflict("own-admin-role", "You cannot take the administrator role from yourself.");
      }
      rows.replaceRoles(username, changes.roles());
      audit.record(actor, Action.ROLES_CHANGED, username, String.join(",", before.roles()),
          String.join(",", new TreeSet<>(changes.roles())));
    }
    if (changes.enabled() != null && changes.enabled() != before.enabled()) {
      if (username.equals(actor) && !changes.enabled()) {
        throw RuleViolation.conflict("own-account", "You cannot disable your own account.");
      }
      jdbc.sql("update users set enabled = ? where username = ?").params(changes.enabled(), username).update();
      audit.record(actor, changes.enabled() ? Action.USER_ENABLED : Action.USER_DISABLED, username,
          String.valueOf(before.enabled()), String.valueOf(changes.enabled()));
    }
    Account after = get(username);
    camunda.sync(username, after.displayName(), after.enabled() ? after.roles() : Set.of());
    return after;
  }

  /** A new temporary password, shown once; the old one stops working at once. */
  @Transactional
  public WithTemporaryPassword resetPassword(String username, String actor) {
    Account account = get(username);
    if (account.managedBySso()) {
      throw RuleViolation.conflict("sso-account", username + " signs in through the identity provider and has no "
          + "password here.");
    }
    String temporary = PasswordPolicy.temporary();
    setPassword(username, temporary, true);
    audit.record(actor, Action.PASSWORD_RESET, username, null, null);
    return new WithTemporaryPassword(get(username), temporary);
  }

  /** The signed-in person replaces their (temporary) password; the current one proves it is them. */
  @Transactional
  public void changeOwnPassword(String username, String current, String next) {
    String hash = jdbc.sql("select password from users where username = ? and source = 'LOCAL'").param(username)
        .query(String.class).optional().orElseThrow(() -> new CaseNotFound("user", username));
    if (current == null || !encoder.matches(current, hash)) {
      throw new InvalidInput("currentPassword", "is not your current password");
    }
    PasswordPolicy.check("newPassword", username, next);
    if (next.equals(current)) {
      throw new InvalidInput("newPassword", "must differ from the current password");
    }
    setPassword(username, next, false);
    audit.record(username, Action.PASSWORD_CHANGED, username, null, null);
  }

  private void insert(NewUser user, String password, boolean temporary, String actor) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
      errors.add(new InvalidInput.FieldError("username",
          "must be 2 to 50 lower-case letters, digits, '.', '_', '@' or '-', starting with a letter or digit"));
    }
    if (user.email() != null && !user.email().isBlank() && !EMAIL.matcher(user.email()).matches()) {
      errors.add(new InvalidInput.FieldError("email", "must be an email address such as anna@example.com"));
    }
    rolesErrors(user.roles(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (manager.userExists(user.username()) || jdbc.sql("select count(*) from api_client where client_id = ?")
        .param(user.username()).query(Integer.class).single() > 0) {
      throw RuleViolation.conflict("user-exists", "A user or API client named " + user.username() + " exists.");
    }
    manager.createUser(User.withUsername(user.username()).password(encoder.encode(password))
        .authorities(AuthorityUtils.createAuthorityList(user.roles().stream().map(r -> "ROLE_" + r).toList()))
        .build());
    jdbc.sql("update users set display_name = ?, email = ?, must_change_password = ? where username = ?")
        .params(blankToNull(user.displayName()), blankToNull(user.email()), temporary, user.username()).update();
    camunda.sync(user.username(), user.displayName(), user.roles());
  }

  private void setPassword(String username, String password, boolean temporary) {
    var current = manager.loadUserByUsername(username);
    manager.updateUser(User.withUserDetails(current).password(encoder.encode(password)).build());
    jdbc.sql("update users set must_change_password = ? where username = ?").params(temporary, username).update();
  }

  private static void rolesErrors(Set<String> roles, List<InvalidInput.FieldError> errors) {
    if (roles == null || roles.isEmpty()) {
      errors.add(new InvalidInput.FieldError("roles", "must name at least one role"));
      return;
    }
    roles.stream().filter(r -> !Roles.isBackOffice(r)).findFirst().ifPresent(r -> errors.add(
        new InvalidInput.FieldError("roles", r + " is not a back-office role; choose from "
            + String.join(", ", Roles.BACK_OFFICE) + " (machines get an API client instead)")));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
