package se.betanketid.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
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

  /** The given number of working days after a date (Date, LocalDate or ISO string). */
  public Date plus(Object from, int workingDays) {
    ZonedDateTime moment = EngineTime.toZoned(from);
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
