package se.betanketid.notification;

import se.betanketid.calendar.EngineTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.system.JobFailure;

/**
 * One log line per failed attempt to send a mail: the engine logs a failing job only when its retries have run out
 * ({@code enableReducedJobExceptionLogging}), which for a mail is five hours and more after the first failure. The
 * line names the case number, the kind of mail, the attempt and the next try, and the kind of failure; never the
 * recipient or the address.
 */
@Component
class MailFailureLog implements JobFailure.Observer {

  private static final Logger LOG = LoggerFactory.getLogger(MailFailureLog.class);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(EngineTime.SWEDEN);

  @Override
  public void failed(JobFailure failure) {
    if (!MailJob.NAME.equals(failure.jobType())) {
      return;
    }
    Notification notification = MailJob.read(failure.payload()).notification();
    Object kind = notification.kind();
    Object caseNumber = notification.caseNumber();
    String why = failure.exception() instanceof MailNotSentException notSent ? notSent.failure()
        : failure.exception() == null ? "unknown" : failure.exception().getClass().getSimpleName();
    if (failure.retriesLeft()) {
      LOG.warn("E-mail {} for case {} not sent, attempt {} of {} ({}); next try {}", kind, caseNumber,
          failure.attempt(), failure.attempts(), why, TIME.format(failure.nextTry().toInstant()));
    } else {
      LOG.error("E-mail {} for case {} not sent, attempt {} of {} ({}); no tries left: an incident (failed job "
          + "{}), set the job's retries once the cause is fixed", kind, caseNumber, failure.attempt(),
          failure.attempts(), why, failure.jobId());
    }
  }
}
