package com.disputedesk.workspace;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The language a person chose comes back at their next sign-in, in any browser (read once per session). */
@Component
class LanguageChoice implements VaadinServiceInitListener {
  static final String PREFERENCE = "language";
  private static final String APPLIED = LanguageChoice.class.getName();
  private final Preferences preferences;

  LanguageChoice(Preferences preferences) {
    this.preferences = preferences;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      var session = init.getUI().getSession();
      var auth = SecurityContextHolder.getContext().getAuthentication();
      if (session.getAttribute(APPLIED) != null || auth == null || !auth.isAuthenticated()
          || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
        return;
      }
      session.setAttribute(APPLIED, Boolean.TRUE);
      preferences.get(auth.getName(), PREFERENCE).map(Locale::forLanguageTag).ifPresent(locale -> {
        session.setLocale(locale);
        init.getUI().setLocale(locale);
      });
    });
  }
}
