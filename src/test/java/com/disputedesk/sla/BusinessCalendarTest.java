package com.disputedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Working days skip weekends, Russian public holidays and custom closures, in the business zone. */
class BusinessCalendarTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final LocalDate CLOSURE = LocalDate.of(2027, 6, 14);
  private final BusinessCalendar calendar = new BusinessCalendar(new FixedStore(), java.time.Clock.systemUTC());

  @net.jqwik.api.Example
  void newYearHolidaysAreSkipped() {
    Instant wednesdayBeforeNewYear = LocalDateTime.of(2026, 12, 30, 10, 0).atZone(MOSCOW).toInstant();
    // 31 Dec is worked; 1-8 Jan are public holidays; 9-10 Jan a weekend: the second working day comes after them
    LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2027, 1, 9))
        .forEach(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
    assertThat(calendar.plusWorkingDays(wednesdayBeforeNewYear, 1).atZone(MOSCOW).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 12, 31, 10, 0));
    assertThat(calendar.plusWorkingDays(wednesdayBeforeNewYear, 2).atZone(MOSCOW).toLocalDate())
        .isAfterOrEqualTo(LocalDate.of(2027, 1, 11));
  }

  @net.jqwik.api.Example
  void fridayPlusFiveWorkingDaysIsNextFriday() {
    Instant friday = LocalDateTime.of(2027, 3, 19, 18, 30).atZone(MOSCOW).toInstant();
    assertThat(calendar.plusWorkingDays(friday, 5).atZone(MOSCOW).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2027, 3, 26, 18, 30));
  }

  @net.jqwik.api.Example
  void customClosuresAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(CLOSURE)).isFalse();
    assertThat(calendar.isWorkingDay(CLOSURE.plusDays(1))).isTrue();
  }

  @Property(tries = 10000)
  void workingDayDueDatesSkipExactlyTheNonWorkingDays(
      @ForAll @LongRange(min = 1_704_067_200L, max = 1_893_456_000L) long epochSecond,
      @ForAll @IntRange(min = 1, max = 30) int days) {
    ZonedDateTime start = Instant.ofEpochSecond(epochSecond).atZone(MOSCOW);
    ZonedDateTime due = calendar.plusWorkingDays(start.toInstant(), days).atZone(MOSCOW);
    assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
    assertThat(due.toLocalTime()).isEqualTo(start.toLocalTime());
    long working = start.toLocalDate().plusDays(1).datesUntil(due.toLocalDate().plusDays(1))
        .filter(calendar::isWorkingDay).count();
    assertThat(working).isEqualTo(days);
    assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Property(tries = 2000)
  void workingDaysKeepTheWallClockAcrossDstInBerlin(
      @ForAll @LongRange(min = 1_704_067_200L, max = 1_893_456_000L) long epochSecond,
      @ForAll @IntRange(min = 1, max = 30) int days) {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar inBerlin = new BusinessCalendar(new FixedStore(berlin), java.time.Clock.systemUTC());
    ZonedDateTime start = Instant.ofEpochSecond(epochSecond).atZone(berlin);
    ZonedDateTime due = inBerlin.plusWorkingDays(start.toInstant(), days).atZone(berlin);
    assertThat(inBerlin.isWorkingDay(due.toLocalDate())).isTrue();
    // the wall clock is kept unless that local time does not exist on the due day (spring-forward gap)
    if (!berlin.getRules().getValidOffsets(due.toLocalDate().atTime(start.toLocalTime())).isEmpty()) {
      assertThat(due.toLocalTime()).isEqualTo(start.toLocalTime());
    }
  }

  @Property(tries = 1000)
  void calendarDaysKeepTheWallClockAcrossMonthAndYearEnds(
      @ForAll @LongRange(min = 1_704_067_200L, max = 1_893_456_000L) long epochSecond,
      @ForAll @IntRange(min = 1, max = 90) int days) {
    ZonedDateTime start = Instant.ofEpochSecond(epochSecond).atZone(MOSCOW);
    ZonedDateTime due = calendar.plusCalendarDays(start.toInstant(), days).atZone(MOSCOW);
    assertThat(due.toLocalDate()).isEqualTo(start.toLocalDate().plusDays(days));
    assertThat(due.toLocalTime()).isEqualTo(start.toLocalTime());
  }

  @Property(tries = 300)
  void calendarDaysKeepTheWallClockAcrossDstInBerlin(@ForAll @IntRange(min = 0, max = 400) int offset,
      @ForAll @IntRange(min = 1, max = 60) int days) {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar inBerlin = new BusinessCalendar(new FixedStore(berlin), java.time.Clock.systemUTC());
    ZonedDateTime start = LocalDateTime.of(2027, 1, 1, 9, 15).plusDays(offset).atZone(berlin);
    ZonedDateTime due = inBerlin.plusCalendarDays(start.toInstant(), days).atZone(berlin);
    assertThat(due.toLocalDateTime()).isEqualTo(start.toLocalDateTime().plusDays(days));
  }

  /** The calendar's store without a database: Russia, Moscow time, one custom closure. */
  static class FixedStore extends BusinessCalendarStore {
    private final ZoneId zone;

    FixedStore() {
      this(MOSCOW);
    }

    FixedStore(ZoneId zone) {
      super(null);
      this.zone = zone;
    }

    @Override
    BusinessCalendar.CalendarSnapshot load(Instant now) {
      return new BusinessCalendar.CalendarSnapshot("RU", zone, Set.of(CLOSURE), new PublicHolidays("RU"), now);
    }

    @Override
    List<BusinessCalendar.Closure> closures() {
      return List.of(new BusinessCalendar.Closure(CLOSURE, "Offsite"));
    }
  }
}
