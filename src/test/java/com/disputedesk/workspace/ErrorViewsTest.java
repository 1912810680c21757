package com.disputedesk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.security.Roles;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Wrong and forbidden addresses get the workspace's own pages with the menu, in the user's language. */
class ErrorViewsTest extends IntegrationTest {
  @Autowired ApplicationContext context;

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
    KaribuSupport.signIn("mediator1", Roles.MEDIATOR);
  }

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void aWrongAddressIsANotFoundPageWithTheMenuAndA404() throws Exception {
    var session = new com.disputedesk.support.WebSession(port);
    session.signIn("mediator1", "mediator1");
    var page = session.get("/no-such-screen");
    assertThat(page.statusCode()).isEqualTo(404);
    var forbidden = session.get("/admin/users");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(session.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aScreenOfAnotherRoleShowsTheNotAllowedPageNotTheRouteList() {
    UI.getCurrent().navigate("admin/users");
    assertThat(_find(NotAllowedView.class)).hasSize(1);
    assertThat(_find(H2.class).stream().map(H2::getText)).contains("This screen is not for your role");
    assertThat(_find(MainLayout.class)).as("with the menu").hasSize(1);
  }
}
