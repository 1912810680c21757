package com.disputedesk.note;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.SafeText;
import com.disputedesk.security.BackOfficeUsers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads internal notes; a mention of a colleague who does not exist refuses the note, storing nothing. */
@Service
@Transactional(readOnly = true)
public class CaseNotes {
  public static final int MAX_LENGTH = 4000;
  private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})");
  private final JdbcClient jdbc;
  private final BackOfficeUsers staff;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseNotes(JdbcClient jdbc, BackOfficeUsers staff, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public CaseNote add(UUID caseId, String caseRoute, String author, String text) {
    String body = SafeText.accept("body", text == null ? "" : text.strip());
    if (body.isEmpty() || body.length() > MAX_LENGTH) {
      throw new InvalidInput("body", "A note has 1 to " + MAX_LENGTH + " characters.");
    }
    Set<String> mentioned = mentions(body);
    List<String> unknown = mentioned.stream().filter(u -> !staff.exists(u)).toList();
    if (!unknown.isEmpty()) {
      throw new UnknownColleagues(unknown);
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql("insert into case_note (id, case_id, case_route, author, body, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(id, caseId, caseRoute, author, body, Timestamp.from(now)).update();
    for (String user : mentioned) {
      if (!user.equals(author)) {
        jdbc.sql("insert into case_note_mention (note_id, username) values (?, ?)").params(id, user).update();
        events.publishEvent(new ColleagueMentioned(id, caseId, caseRoute, author, user, body));
      }
    }
    return new CaseNote(id, caseId, author, body, now, List.copyOf(mentioned));
  }

  /** A case's notes, oldest first. */
  public List<CaseNote> of(UUID caseId) {
    return jdbc.sql("""
            select n.id, n.author, n.body, n.created_at,
                   coalesce((select array_agg(m.username order by m.username) from case_note_mention m
                             where m.note_id = n.id), '{}')
            from case_note n where n.case_id = ? order by n.created_at, n.id""")
        .param(caseId)
        .query((rs, i) -> new CaseNote(rs.getObject(1, UUID.class), caseId, rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), Arrays.asList((String[]) rs.getArray(5).getArray())))
        .list();
  }

  /** What {@code user} was named in and has not seen yet, newest first. */
  public List<Mention> unread(String user, int limit) {
    return jdbc.sql("""
            select n.id, n.case_id, n.case_route, n.author, n.body, n.created_at
            from case_note_mention m join case_note n on n.id = m.note_id
            where m.username = ? and m.read_at is null order by n.created_at desc limit ?""")
        .params(user, limit)
        .query((rs, i) -> new Mention(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
        .list();
  }

  public int unreadCount(String user) {
    return jdbc.sql("select count(*) from case_note_mention where username = ? and read_at is null").param(user)
        .query(Integer.class).single();
  }

  /** {@code user} has the case's notes in front of them: its mentions of them are read. */
  @Transactional
  public void seen(UUID caseId, String user) {
    jdbc.sql("""
            update case_note_mention m set read_at = ? from case_note n
            where n.id = m.note_id and n.case_id = ? and m.username = ? and m.read_at is null""")
        .params(Timestamp.from(clock.instant()), caseId, user).update();
  }

  static Set<String> mentions(String body) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(body);
    while (m.find()) {
      // a sentence's full stop is not part of the name
      names.add(m.group(1).replaceAll("[._-]+$", ""));
    }
    return names;
  }
}
