package com.disputedesk.security.ui;

import com.disputedesk.security.SsoSettings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sign in with a local account, or through the company's identity provider where one is configured. The form
 * posts its CSRF token (Vaadin's login form reads it from the page), so a cross-site POST signs nobody in.
 */
@Route("login")
@PageTitle("DisputeDesk — sign in")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
  final LoginForm form = new LoginForm();
  final Anchor sso = new Anchor();
  private final LoginI18n i18n = LoginI18n.createDefault();

  public LoginView(ObjectProvider<SsoSettings> ssoSettings) {
    addClassName("dd-login");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    form.setI18n(i18n);
    add(new H1("DisputeDesk"), new Paragraph(getTranslation("login.subtitle")));
    SsoSettings settings = ssoSettings.getIfAvailable();
    if (settings != null) {
      // a full page navigation to Spring Security's authorization endpoint, not a Vaadin route
      sso.setHref("/oauth2/authorization/sso");
      sso.setRouterIgnore(true);
      sso.setText(getTranslation("login.sso", settings.providerName()));
      sso.addClassName("dd-sso");
      add(sso, new Paragraph(getTranslation("login.or")));
    }
    add(form);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
    String title = null;
    String message = null;
    if (params.containsKey("throttled")) {
      title = getTranslation("login.throttled.title");
      message = getTranslation("login.throttled.message", params.get("throttled").get(0));
    } else if (params.containsKey("sso-error")) {
      String code = params.get("sso-error").get(0).replaceAll("[^a-z_]", "");
      title = getTranslation("login.sso.error.title");
      message = getTranslation("login.sso.error." + code);
    } else if (params.containsKey("error")) {
      title = getTranslation("login.error.title");
      message = getTranslation("login.error.message");
    }
    if (title != null) {
      i18n.getErrorMessage().setTitle(title);
      i18n.getErrorMessage().setMessage(message);
      form.setI18n(i18n);
    }
    form.setError(title != null);
  }
}
