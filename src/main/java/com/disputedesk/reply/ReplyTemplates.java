package com.disputedesk.reply;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.SafeText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the leads' templates and offers a form the ones that fit its outcome and reason, closest first. */
@Service
@Transactional(readOnly = true)
public class ReplyTemplates {
  public static final int MAX_NAME = 80;
  public static final int MAX_BODY = 2000;
  private final JdbcClient jdbc;
  private final List<ReplyPurpose> purposes;
  private final Clock clock;

  ReplyTemplates(JdbcClient jdbc, List<ReplyPurpose> purposes, Clock clock) {
    this.jdbc = jdbc;
    this.purposes = purposes.stream().sorted(Comparator.comparing(ReplyPurpose::code)).toList();
    this.clock = clock;
  }

  public List<ReplyPurpose> purposes() {
    return purposes;
  }

  public Optional<ReplyPurpose> purpose(String code) {
    return purposes.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public List<ReplyTemplate> all() {
    return jdbc.sql("select * from reply_template order by purpose, outcome nulls first, reason nulls first, name")
        .query(ReplyTemplates::map).list();
  }

  /** The templates a form may offer now: exact outcome and reason first, then those kept for any. */
  public List<ReplyTemplate> fitting(String purpose, String outcome, String reason) {
    return jdbc.sql("select * from reply_template where purpose = ?").param(purpose).query(ReplyTemplates::map)
        .list().stream().filter(t -> t.fit(outcome, reason) >= 0)
        .sorted(Comparator.comparingInt((ReplyTemplate t) -> -t.fit(outcome, reason)).thenComparing(ReplyTemplate::name))
        .toList();
  }

  /** Creates ({@code id} null) or replaces a template; every refusal names its field and stores nothing. */
  @Transactional
  public ReplyTemplate save(UUID id, String purpose, String outcome, String reason, String name, String body,
      String lead) {
    ReplyTemplate t = validated(id == null ? UUID.randomUUID() : id, purpose, outcome, reason, name, body, lead);
    boolean taken = jdbc.sql("select count(*) from reply_template where purpose = ? and name = ? and id <> ?")
        .params(t.purpose(), t.name(), t.id()).query(Integer.class).single() > 0;
    if (taken) {
      throw new InvalidInput("name", "Another template of this purpose is already called \"" + t.name() + "\".");
    }
    jdbc.sql("""
            insert into reply_template (id, purpose, outcome, reason, name, body, updated_by, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (id) do update set purpose = excluded.purpose, outcome = excluded.outcome,
              reason = excluded.reason, name = excluded.name, body = excluded.body, updated_by = excluded.updated_by,
              updated_at = excluded.updated_at""")
        .params(t.id(), t.purpose(), t.outcome(), t.reason(), t.name(), t.body(), t.updatedBy(),
            Timestamp.from(t.updatedAt()))
        .update();
    return t;
  }

  @Transactional
  public void delete(UUID id) {
    jdbc.sql("delete from reply_template where id = ?").param(id).update();
  }

  private ReplyTemplate validated(UUID id, String purposeCode, String outcome, String reason, String name,
      String body, String lead) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    ReplyPurpose purpose = purpose(purposeCode).orElse(null);
    if (purpose == null) {
      errors.add(new InvalidInput.FieldError("purpose", "must be one of " + purposes.stream().map(ReplyPurpose::code)
          .toList()));
    } else {
      if (outcome != null && purpose.outcome(outcome).isEmpty()) {
        errors.add(new InvalidInput.FieldError("outcome", "is no outcome of " + purposeCode));
      }
      if (reason != null && purpose.reason(reason).isEmpty()) {
        errors.add(new InvalidInput.FieldError("reason", "is no reason of " + purposeCode));
      }
    }
    String cleanName = name == null ? "" : SafeText.accept("name", name.strip());
    if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
      errors.add(new InvalidInput.FieldError("name", "has 1 to " + MAX_NAME + " characters"));
    }
    String cleanBody = body == null ? "" : SafeText.accept("body", body.strip());
    if (cleanBody.isEmpty() || cleanBody.length() > MAX_BODY) {
      errors.add(new InvalidInput.FieldError("body", "has 1 to " + MAX_BODY + " characters"));
    }
    unknownPlaceholders(cleanBody).ifPresent(p -> errors.add(new InvalidInput.FieldError("body",
        "has an unknown placeholder {" + p + "}; the known ones are {buyer}, {refund}, {order} and {deadline}")));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new ReplyTemplate(id, purposeCode, outcome, reason, cleanName, cleanBody, lead, clock.instant());
  }

  static Optional<String> unknownPlaceholders(String body) {
    Matcher m = ReplyValues.PLACEHOLDER.matcher(body);
    while (m.find()) {
      if (!ReplyValues.PLACEHOLDERS.contains(m.group(1))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static ReplyTemplate map(ResultSet rs, int n) throws SQLException {
    return new ReplyTemplate(rs.getObject("id", UUID.class), rs.getString("purpose"), rs.getString("outcome"),
        rs.getString("reason"), rs.getString("name"), rs.getString("body"), rs.getString("updated_by"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
