package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Camunda's own tables, created or upgraded from the PostgreSQL scripts the {@code camunda-engine} jar ships, so
 * the engine runs with {@code schema-update=false} and never changes the schema itself. A database the engine
 * created (DisputeDesk before this migration) is left as it is when it is already at the engine's version, and
 * upgraded minor by minor with Camunda's upgrade scripts when it is older. The next engine upgrade is a new
 * migration running {@code postgres_engine_<from>_to_<to>.sql}; see the README.
 */
public class V18__camunda_engine_schema extends BaseJavaMigration {
  private static final String SCRIPTS = "org/camunda/bpm/engine/db/";
  private static final List<String> CREATE = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String target = minor(ParseUtil.parseProcessEngineVersion(true).getVersion());
    String current = installedMinor(connection);
    if (current == null) {
      for (String part : CREATE) {
        run(connection, SCRIPTS + "create/activiti.postgres.create." + part + ".sql");
      }
      return;
    }
    for (String from = current; !from.equals(target); from = next(from)) {
      run(connection, SCRIPTS + "upgrade/postgres_engine_" + from + "_to_" + next(from) + ".sql");
    }
  }

  /** The engine's schema version in this database as "7.24", or null when it has no engine tables yet. */
  private static String installedMinor(Connection connection) throws SQLException {
    try (var s = connection.createStatement();
        var exists = s.executeQuery("select to_regclass('act_ge_schema_log') is not null")) {
      exists.next();
      if (!exists.getBoolean(1)) {
        return null;
      }
    }
    try (var s = connection.createStatement();
        var rs = s.executeQuery("select version_ from act_ge_schema_log order by cast(id_ as bigint) desc limit 1")) {
      if (!rs.next()) {
        throw new IllegalStateException("act_ge_schema_log is empty: the engine's schema version is unknown");
      }
      return minor(rs.getString(1));
    }
  }

  private static void run(Connection connection, String script) {
    var resource = new ClassPathResource(script);
    if (!resource.exists()) {
      throw new IllegalStateException("Camunda ships no " + script + "; upgrade the engine one supported step at a time");
    }
    ScriptUtils.executeSqlScript(connection, resource);
  }

  private static String minor(String version) {
    String[] parts = version.split("[.-]");
    return parts[0] + "." + parts[1];
  }

  private static String next(String minor) {
    String[] parts = minor.split("\\.");
    return parts[0] + "." + (Integer.parseInt(parts[1]) + 1);
  }
}
