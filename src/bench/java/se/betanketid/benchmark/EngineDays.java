package se.betanketid.benchmark;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import se.betanketid.calendar.EngineTime;

/**
 * The job executor's work done by hand on a moving engine clock, for generating history: moving to a later
 * day first fires, in order and each at its due time, every timer that falls due on the way (reminders,
 * escalations), and every asynchronous job (the async call, the e-mails) runs at once.
 */
final class EngineDays {

  private final ManagementService management;

  EngineDays(ManagementService management) {
    this.management = management;
  }

  /** Moves the clock to 10:00 Swedish time on the day (never backwards within a case), firing due timers. */
  void advanceTo(LocalDate day) {
    Date target = Date.from(day.atTime(LocalTime.of(10, 0)).atZone(EngineTime.SWEDEN).toInstant());
    while (true) {
      List<Job> due = management.createJobQuery().timers().duedateLowerThan(target).orderByJobDuedate().asc()
          .listPage(0, 1);
      if (due.isEmpty()) {
        break;
      }
      Job timer = due.get(0);
      if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(timer.getDuedate());
      }
      management.executeJob(timer.getId());
      runAsyncJobs();
    }
    ClockUtil.setCurrentTime(target);
  }

  /** Starts a new case on the day: the clock may go back to it (no timer of an earlier case is left). */
  void startOn(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(EngineTime.SWEDEN).toInstant()));
  }

  /** Runs every due asynchronous job (async continuations, e-mails) until none is left. */
  void runAsyncJobs() {
    while (true) {
      List<Job> jobs = management.createJobQuery().messages().executable().listPage(0, 100);
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
