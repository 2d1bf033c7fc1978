package se.betanketid.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Swedish working days (Monday to Friday, not a public holiday or Midsummer, Christmas or New Year's Eve,
 * from jollyday's Swedish calendar). In BPMN: {@code ${workdays.plus(2)}} is two working days from now
 * on the engine clock, the same time of day.
 */
@Component("workdays")
public class WorkingDays {

  static final LocalTime END_OF_WORKDAY = LocalTime.of(17, 0);

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
  }

  /** The given number of working days after now (engine clock). */
  public Date plus(int workingDays) {
    return plus(EngineTime.now(), workingDays);
  }

  /**
   * The given number of working days after a moment (Date, ISO date-time), the same time of day; or after a
   * day (LocalDate, ISO date), at the end of that working day (17:00): identified on a Tuesday, two working
   * days means Thursday evening, not Thursday midnight.
   */
  public Date plus(Object from, int workingDays) {
    ZonedDateTime moment = EngineTime.isDay(from)
        ? EngineTime.toLocalDate(from).atTime(END_OF_WORKDAY).atZone(EngineTime.SWEDEN)
        : EngineTime.toZoned(from);
    LocalDate day = moment.toLocalDate();
    int left = workingDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return Date.from(moment.with(day).toInstant());
  }
}
