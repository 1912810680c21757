package com.disputedesk.security;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's signed-in person into ours: user name from the configured claim, roles through the
 * mapping. Nobody without a mapped role gets in (they see the "no role" page); everyone else is recorded in
 * {@link SsoAccounts}.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
  private static final Pattern USABLE = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,49}");
  private final OidcUserService provider = new OidcUserService();
  private final SsoSettings settings;
  private final SsoAccounts accounts;

  SsoUserService(SsoSettings settings, SsoAccounts accounts) {
    this.settings = settings;
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser user = provider.loadUser(request);
    Map<String, Object> claims = user.getClaims();
    Object name = claims.get(settings.usernameClaim());
    String username = String.valueOf(name == null ? user.getSubject() : name).toLowerCase(Locale.ROOT);
    if (!USABLE.matcher(username).matches()) {
      throw SsoAccounts.refusal("username_unusable", "The provider's " + settings.usernameClaim()
          + " is not a usable DisputeDesk user name (2 to 50 letters, digits, '.', '_', '@', '-').");
    }
    Set<String> roles = settings.rolesFor(SsoSettings.claim(claims, settings.rolesClaim()));
    if (roles.isEmpty()) {
      throw SsoAccounts.refusal(SsoAccounts.NO_ROLE, "You have no role in DisputeDesk; ask your administrator.");
    }
    String displayName = claims.get("name") == null ? username : String.valueOf(claims.get("name"));
    accounts.signedIn(username, displayName, user.getEmail(), roles);
    var authorities = roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    return new SsoUser(authorities, user, username);
  }

  /** The provider's user under our user name, so audit, claims and Cockpit all see the same person. */
  static final class SsoUser extends DefaultOidcUser {
    private final String username;

    SsoUser(java.util.Collection<SimpleGrantedAuthority> authorities, OidcUser user, String username) {
      super(authorities, user.getIdToken(), user.getUserInfo());
      this.username = username;
    }

    @Override
    public String getName() {
      return username;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SsoUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
      return super.hashCode() * 31 + username.hashCode();
    }
  }
}
