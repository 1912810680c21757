package com.disputedesk.security;

import com.disputedesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Filter chains, most specific first: Camunda webapps (our session, administrators only), the engine REST API,
 * the marketplace and operations API (stateless HTTP Basic), API docs and health, then the Vaadin workspace.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  @Bean
  JdbcUserDetailsManager users(DataSource dataSource) {
    return new JdbcUserDetailsManager(dataSource);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(PATHS.matcher("/camunda/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN))
        .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
        .csrf(c -> c.disable()) // the webapps send their own X-XSRF-TOKEN and check it themselves
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    return http.securityMatcher(PATHS.matcher("/engine-rest/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Roles.ADMIN))
        .httpBasic(b -> b.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
        .exceptionHandling(e -> e.accessDeniedHandler(new ProblemAccessDeniedHandler()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http.securityMatcher(PATHS.matcher("/api/**"))
        .authorizeHttpRequests(a -> a
            .requestMatchers(PATHS.matcher("/api/v1/sla-policies/**"), PATHS.matcher("/api/v1/sla-policies"),
                PATHS.matcher("/api/v1/business-calendar")).hasRole(Roles.OPS_LEAD)
            .requestMatchers(PATHS.matcher("/api/v1/disputes/**"), PATHS.matcher("/api/v1/disputes"),
                PATHS.matcher("/api/v1/buyers/**"), PATHS.matcher("/api/v1/coupons/**"),
                PATHS.matcher("/api/v1/complaints/**"), PATHS.matcher("/api/v1/complaints"),
                PATHS.matcher("/api/v1/accounts/**")).hasRole(Roles.MARKETPLACE)
            .anyRequest().denyAll())
        .httpBasic(b -> b.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
        .exceptionHandling(e -> e.accessDeniedHandler(new ProblemAccessDeniedHandler())
            .authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain docsAndHealth(HttpSecurity http) throws Exception {
    return http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/v3/api-docs"),
            PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/swagger-ui.html"), PATHS.matcher("/actuator/**")))
        .authorizeHttpRequests(a -> a
            .requestMatchers(PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/health")).permitAll()
            .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Roles.ADMIN)
            .anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain workspace(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.requestMatchers(PATHS.matcher("/error"), PATHS.matcher("/styles/**"),
        PATHS.matcher("/images/**")).permitAll());
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
  }
}
