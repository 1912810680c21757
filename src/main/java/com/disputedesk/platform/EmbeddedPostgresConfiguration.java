package com.disputedesk.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url}, DisputeDesk runs on a real PostgreSQL started from Maven artifacts
 * (Zonky). Locally its data survives restarts in {@code ./data/postgres}; tests use a throw-away one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(@Value("${disputedesk.embedded-db.persistent:true}") boolean persistent,
      @Value("${disputedesk.embedded-db.dir:./data/postgres}") String dir,
      @Value("${disputedesk.embedded-db.port:0}") int port, org.springframework.core.env.Environment env)
      throws IOException {
    refuseUnaskedInProduction(env);
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setRegisterShutdownHook(false) // Spring closes it after the pool, not concurrently with it
        .setServerConfig("max_connections", "200")
        // statement statistics (create extension pg_stat_statements) for benchmarks and for finding slow SQL
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setOutputRedirector(ProcessBuilder.Redirect.DISCARD);
    if (port > 0) {
      builder.setPort(port);
    }
    if (persistent) {
      Path data = Path.of(dir).toAbsolutePath();
      Files.createDirectories(data.getParent());
      builder.setDataDirectory(data).setCleanDataDirectory(false)
          .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    EmbeddedPostgres postgres = builder.start();
    log.info("Embedded PostgreSQL on port {}{}", postgres.getPort(), persistent ? " with data in " + dir : "");
    return postgres;
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres,
      @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    ds.setPassword("postgres");
    ds.setMaximumPoolSize(poolSize);
    ds.setPoolName("disputedesk");
    ds.setConnectionTimeout(10_000); // as spring.datasource.hikari.connection-timeout in application.yml
    return ds;
  }

  /**
   * Production runs on the operator's PostgreSQL. A small single-machine installation may choose the embedded one,
   * but only by saying so and naming where its data lives.
   */
  static void refuseUnaskedInProduction(org.springframework.core.env.Environment env) {
    if (!env.matchesProfiles("prod")) {
      return;
    }
    if (!env.getProperty("disputedesk.embedded-db.enabled", Boolean.class, false)) {
      throw new IllegalStateException("No database configured for production: set SPRING_DATASOURCE_URL, "
          + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or DISPUTEDESK_EMBEDDED_DB_ENABLED=true with "
          + "DISPUTEDESK_EMBEDDED_DB_DIR for an embedded PostgreSQL on this machine.");
    }
    String dir = env.getProperty("disputedesk.embedded-db.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("DISPUTEDESK_EMBEDDED_DB_ENABLED=true in production needs "
          + "DISPUTEDESK_EMBEDDED_DB_DIR: the directory that keeps the database's data.");
    }
  }

  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
