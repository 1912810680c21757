package com.disputedesk.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Browserless Vaadin on the shared Spring context, with a signed-in user whose roles the views check. */
public final class KaribuSupport {
  private static final Routes ROUTES = routes();

  private KaribuSupport() {}

  public static void start(ApplicationContext context) {
    Function0<UI> ui = UI::new;
    MockVaadin.setup(ui, new MockSpringServlet(ROUTES, context, ui));
  }

  public static void signIn(String username, String... roles) {
    signInWithAuthorities(username, java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new));
  }

  /** Signed in with exactly these authorities (roles with their ROLE_ prefix, or others). */
  public static void signInWithAuthorities(String username, String... granted) {
    var authorities = java.util.Arrays.stream(granted).map(SimpleGrantedAuthority::new).toList();
    String[] roles = java.util.Arrays.stream(granted).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
        .toArray(String[]::new);
    var auth = new UsernamePasswordAuthenticationToken(new User(username, "n/a", authorities), null, authorities);
    SecurityContextHolder.getContext().setAuthentication(auth);
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(auth);
    Set<String> held = Set.of(roles);
    request.setUserInRole((principal, role) -> held.contains(role) || held.contains(role.replace("ROLE_", "")));
  }

  /** Karibu's discovery sees public views only; ours are package-private, as views should be. */
  @SuppressWarnings("unchecked")
  private static Routes routes() {
    Routes routes = new Routes().autoDiscoverViews("com.disputedesk");
    try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
        .acceptPackages("com.disputedesk").scan()) {
      scan.getClassesWithAnnotation(Route.class.getName())
          .forEach(c -> routes.getRoutes().add((Class<? extends Component>) c.loadClass()));
    }
    return routes;
  }

  public static void stop() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  public static Class<?> currentView() {
    List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    return chain.isEmpty() ? null : chain.get(0).getClass();
  }
}
