package com.disputedesk.security.ui;

import com.disputedesk.security.Roles;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Before any view opens: a temporary password must be changed first, and a signed-in account without a
 * back-office role (an API client's secret typed into the form, a role taken away) gets the "no role" page instead
 * of an access error.
 */
@Component
class AccessGuard implements VaadinServiceInitListener {
  private static final Set<Class<?>> ALWAYS_OPEN = Set.of(LoginView.class, NoRoleView.class,
      ChangePasswordView.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
  }

  void check(BeforeEnterEvent event) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken || ALWAYS_OPEN.contains(
        event.getNavigationTarget())) {
      return;
    }
    Set<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(java.util.stream.Collectors.toSet());
    if (granted.contains(Roles.PASSWORD_CHANGE_REQUIRED)) {
      event.rerouteTo(ChangePasswordView.class);
    } else if (java.util.Arrays.stream(Roles.BACK_OFFICE).noneMatch(r -> granted.contains("ROLE_" + r))) {
      event.rerouteTo(NoRoleView.class);
    }
  }
}
