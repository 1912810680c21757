package com.disputedesk.security.ui;

import com.disputedesk.workspace.OneTimeSecretDialog;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.security.Roles;
import com.disputedesk.security.UserAdministration;
import com.disputedesk.support.Cases;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users & roles, API clients and the password change, without a browser (Karibu). */
class IdentityViewsTest extends KaribuTest {
  @Autowired UserAdministration users;



  @Test
  void aTemporaryPasswordOpensOnlyThePasswordChangeUntilItIsReplaced() {
    String name = Cases.unique("dana").toLowerCase();
    String temporary = users.create(new UserAdministration.NewUser(name, "Dana", null, Set.of(Roles.MEDIATOR)),
        "admin").temporaryPassword();
    KaribuSupport.signInWithAuthorities(name, Roles.PASSWORD_CHANGE_REQUIRED);
    UI.getCurrent().navigate("mediation");
    ChangePasswordView view = _get(ChangePasswordView.class);
    view.current.setValue("not it at all");
    view.next.setValue("my own long passphrase");
    view.repeat.setValue("my own long passphrase");
    view.save.click();
    assertThat(view.current.isInvalid()).isTrue();
    assertThat(view.current.getErrorMessage()).isEqualTo("This is not your current password.");
    view.current.setValue(temporary);
    view.save.click();
    assertThat(users.get(name).mustChangePassword()).isFalse();
  }

  @Test
  void anAccountWithoutABackOfficeRoleIsToldSoInsteadOfAnError() {
    KaribuSupport.signIn("marketplace", Roles.MARKETPLACE);
    UI.getCurrent().navigate("mediation");
    assertThat(KaribuSupport.currentView()).isEqualTo(NoRoleView.class);
  }

  @Test
  void anAdministratorCreatesAUserSeesTheTemporaryPasswordOnceAndFindsThemInTheList() {
    KaribuSupport.signIn("admin", Roles.ADMIN);
    UI.getCurrent().navigate("admin/users");
    UsersView view = _get(UsersView.class);
    view.create.click();
    UserDialog dialog = _get(UserDialog.class);
    dialog.save.click();
    assertThat(dialog.username.isInvalid()).as("no user name").isTrue();
    String name = Cases.unique("egor").toLowerCase();
    dialog.username.setValue(name);
    dialog.displayName.setValue("Egor Lead");
    dialog.roles.setValue(Set.of(Roles.OPS_LEAD, Roles.QUALITY_REVIEWER));
    dialog.save.click();
    OneTimeSecretDialog secret = _get(OneTimeSecretDialog.class);
    assertThat(secret.value.getValue()).hasSizeGreaterThanOrEqualTo(12);
    view.search.setValue(name);
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Operations lead, Quality reviewer")
        .contains("Must change password");
  }

  @Test
  void anAdministratorCreatesAnApiClientAndSeesItsSecretOnce() {
    KaribuSupport.signIn("admin", Roles.ADMIN);
    UI.getCurrent().navigate("admin/api-clients");
    ApiClientsView view = _get(ApiClientsView.class);
    int before = GridKt._size(view.grid);
    view.create.click();
    _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Payments system");
    _get(Button.class, spec -> spec.withText("Create")).click();
    assertThat(_get(OneTimeSecretDialog.class).value.getValue()).startsWith("dds_");
    assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
  }
}
