package com.disputedesk.reporting;

import com.disputedesk.sla.BusinessCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leads' dashboard figures, computed in PostgreSQL from our own tables. */
@Service
@Transactional(readOnly = true)
public class Dashboard {
  public record QueueLoad(String queue, int open, int dueToday, int breached) {}

  public record DailyBreaches(LocalDate day, String policy, int breaches) {}

  public record StageTime(String stage, double medianHours, int cases) {}

  public record MediatorFigures(String mediator, int decided, double withinSlaShare, Double overturnRate) {}

  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;
  private final Clock clock;

  Dashboard(JdbcClient jdbc, BusinessCalendar calendar, Clock clock) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Today in the business zone, by the application clock. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), calendar.zone());
  }

  public List<QueueLoad> queues() {
    ZoneId zone = calendar.zone();
    Instant now = clock.instant();
    Instant endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    return jdbc.sql("""
            select candidate_group, count(*), count(*) filter (where sla_due_at >= ? and sla_due_at < ?),
              count(*) filter (where sla_due_at < ?)
            from worklist_item group by candidate_group order by candidate_group""")
        .params(Timestamp.from(now), Timestamp.from(endOfToday), Timestamp.from(now))
        .query((rs, n) -> new QueueLoad(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
  }

  public List<DailyBreaches> breaches(int days) {
    ZoneId zone = calendar.zone();
    LocalDate first = LocalDate.ofInstant(clock.instant(), zone).minusDays(days - 1L);
    return jdbc.sql("""
            select (occurred_at at time zone ?)::date, coalesce(details ->> 'policy', 'unknown'), count(*)
            from case_event where type = 'SLA_BREACHED' and occurred_at >= ? group by 1, 2 order by 1, 2""")
        .params(zone.getId(), Timestamp.from(first.atStartOfDay(zone).toInstant()))
        .query((rs, n) -> new DailyBreaches(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getInt(3))).list();
  }

  public List<StageTime> stageTimes() {
    return jdbc.sql("""
            select 'NEGOTIATION', percentile_cont(0.5) within group (order by extract(epoch from
                coalesce(escalated_at, resolved_at, cancelled_at) - opened_at)) / 3600, count(*)
              from dispute where coalesce(escalated_at, resolved_at, cancelled_at) is not null
            union all
            select 'MEDIATION', percentile_cont(0.5) within group (order by extract(epoch from decided_at - escalated_at))
                / 3600, count(*)
              from dispute where decided_at is not null and escalated_at is not null""")
        .query((rs, n) -> new StageTime(rs.getString(1), rs.getDouble(2), rs.getInt(3))).list();
  }

  /** Overturn rate needs appeals; until the appeal commission exists it is unknown (null), never a made-up 0. */
  public List<MediatorFigures> mediators() {
    // overturn rate: of this mediator's decisions that an appeal commission reviewed, the share it overturned
    return jdbc.sql("""
            select d.mediator_id, count(*), avg(case when d.decided_at <= d.mediation_due_at then 1.0 else 0.0 end),
              avg(case a.status when 'OVERTURNED' then 1.0 when 'UPHELD' then 0.0 end)
            from dispute d left join appeal a on a.dispute_id = d.id
            where d.decided_at is not null and d.mediator_id is not null
            group by d.mediator_id order by d.mediator_id""")
        .query((rs, n) -> new MediatorFigures(rs.getString(1), rs.getInt(2), rs.getDouble(3),
            rs.getObject(4) == null ? null : rs.getDouble(4)))
        .list();
  }
}
