package com.disputedesk.security;

import com.disputedesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Filter chains, most specific first: Camunda webapps (our session, administrators only), the engine REST API,
 * the administration API (HTTP Basic or the workspace session), the marketplace and operations API (stateless
 * HTTP Basic with a client secret or a user's password, or a bearer JWT from the company's provider), API docs and
 * health, then the Vaadin workspace (form login and single sign-on).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  /** Vaadin needs inline scripts and eval for its client engine; everything else comes from this origin. */
  private static final String WORKSPACE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; "
      + "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'";

  private final SignInThrottle throttle;
  private final CurrentAuthorities current;

  SecurityConfiguration(SignInThrottle throttle, CurrentAuthorities current) {
    this.throttle = throttle;
    this.current = current;
  }

  @Bean
  JdbcUserDetailsManager users(DataSource dataSource) {
    return new JdbcUserDetailsManager(dataSource);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SignInThrottleFilter.Counter signInCounter() {
    return new SignInThrottleFilter.Counter(throttle);
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(PATHS.matcher("/camunda/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN))
        .addFilterAfter(new CurrentAccountFilter(current), SecurityContextHolderFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
            .accessDeniedHandler(new ProblemAccessDeniedHandler()))
        .csrf(c -> c.disable()) // the webapps send their own X-XSRF-TOKEN and check it themselves
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    return basic(http.securityMatcher(PATHS.matcher("/engine-rest/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN)))
        .build();
  }

  /** Administration: HTTP Basic for scripts, or the administrator's workspace session (then with its CSRF token). */
  @Bean
  @Order(3)
  SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
    RequestMatcher sessionWrites = request -> request.getHeader("Authorization") == null
        && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    return basic(http.securityMatcher(PATHS.matcher("/api/v1/admin/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN)))
        .addFilterAfter(new CurrentAccountFilter(current), SecurityContextHolderFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(c -> c.requireCsrfProtectionMatcher(sessionWrites))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwt, ObjectProvider<SsoSettings> sso)
      throws Exception {
    basic(http.securityMatcher(PATHS.matcher("/api/**"))
        .authorizeHttpRequests(a -> a
            .requestMatchers(PATHS.matcher("/api/v1/sla-policies/**"), PATHS.matcher("/api/v1/sla-policies"),
                PATHS.matcher("/api/v1/business-calendar")).hasRole(Roles.OPS_LEAD)
            .requestMatchers(PATHS.matcher("/api/v1/disputes/**"), PATHS.matcher("/api/v1/disputes"),
                PATHS.matcher("/api/v1/buyers/**"), PATHS.matcher("/api/v1/coupons/**"),
                PATHS.matcher("/api/v1/complaints/**"), PATHS.matcher("/api/v1/complaints"),
                PATHS.matcher("/api/v1/accounts/**")).hasRole(Roles.MARKETPLACE)
            .requestMatchers(PATHS.matcher("/api/v1/refund-instructions/**"),
                PATHS.matcher("/api/v1/refund-instructions"), PATHS.matcher("/api/v1/events"))
                .hasAnyRole(Roles.PAYMENTS, Roles.MARKETPLACE)
            .anyRequest().denyAll()));
    JwtDecoder decoder = jwt.getIfAvailable();
    if (decoder != null) {
      http.oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(
              new JwtRoles(sso.getObject())))
          .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
          .accessDeniedHandler(new ProblemAccessDeniedHandler()));
    }
    return http.build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain docsAndHealth(HttpSecurity http) throws Exception {
    return basic(http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/v3/api-docs/**"),
            PATHS.matcher("/v3/api-docs"), PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/swagger-ui.html"),
            PATHS.matcher("/actuator/**")))
        .authorizeHttpRequests(a -> a
            .requestMatchers(PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/health")).permitAll()
            .requestMatchers(PATHS.matcher("/actuator/prometheus")).hasAnyRole(Roles.METRICS, Roles.ADMIN)
            .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Roles.ADMIN)
            .anyRequest().permitAll()))
        .build();
  }

  @Bean
  @Order(6)
  SecurityFilterChain workspace(HttpSecurity http, RequestUtil vaadinRequests,
      ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<SsoUserService> ssoUsers,
      @Value("${disputedesk.public-url:}") String publicUrl) throws Exception {
    http.authorizeHttpRequests(a -> a.requestMatchers(PATHS.matcher("/error"), PATHS.matcher("/styles/**"),
        PATHS.matcher("/images/**")).permitAll()
        // evidence files for the case views (with range requests, so videos can be scrubbed)
        .requestMatchers(PATHS.matcher("/evidence/**")).hasAnyRole(Roles.BACK_OFFICE)
        // a complaint's or account review's case file: whoever decides them
        .requestMatchers(PATHS.matcher("/case-files/complaints/**"), PATHS.matcher("/case-files/account-reviews/**"))
            .hasAnyRole(Roles.COMPLAINT_REVIEWER, Roles.OPS_LEAD, Roles.ADMIN)
        // a dispute's case file: whoever may read the dispute (mediation or the appeal)
        .requestMatchers(PATHS.matcher("/case-files/**")).hasAnyRole(Roles.MEDIATOR, Roles.COMMISSIONER,
            Roles.QUALITY_REVIEWER, Roles.OPS_LEAD, Roles.ADMIN));
    http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new CurrentAccountFilter(current), SecurityContextHolderFilter.class);
    // Vaadin's own CSRF setup exempts the login form; ours requires its token (the form reads it from the page)
    http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
    // the policy is for the workspace's pages; evidence files (Vaadin's dynamic resources) are framed by those pages
    // and a PDF viewer must not inherit object-src 'none' (PDFs with active content are refused at upload)
    http.headers(h -> h.frameOptions(f -> f.sameOrigin()).addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
        new NegatedRequestMatcher(new OrRequestMatcher(PATHS.matcher("/VAADIN/dynamic/**"),
            PATHS.matcher("/evidence/**"))),
        new StaticHeadersWriter("Content-Security-Policy", WORKSPACE_CSP))));
    ClientRegistrationRepository sso = registrations.getIfAvailable();
    if (sso != null) {
      http.oauth2Login(o -> o.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(ssoUsers.getObject()))
          .failureHandler(new SsoFailureHandler()));
      // signing out ends the provider's session too (RP-initiated logout) where the provider offers it
      var logout = new OidcClientInitiatedLogoutSuccessHandler(sso);
      logout.setRedirectStrategy(new UidlRedirectStrategy());
      logout.setPostLogoutRedirectUri(publicUrl.isBlank() ? "{baseUrl}/login" : publicUrl.replaceAll("/$", "")
          + "/login");
      logout.setDefaultTargetUrl("/");
      http.setSharedObject(LogoutSuccessHandler.class, logout);
    }
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
        .enableCsrfConfiguration(false)).build();
  }

  /** Stateless HTTP Basic with problem answers, throttled before any password is checked. */
  private HttpSecurity basic(HttpSecurity http) throws Exception {
    return http.httpBasic(b -> b.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
        .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.accessDeniedHandler(new ProblemAccessDeniedHandler())
            .authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
  }

}
