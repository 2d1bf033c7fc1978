package se.betanketid.notification;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * The SMTP server did not take a mail. Its message names the kind of failure only (e.g.
 * {@code MailConnectException}, {@code AuthenticationFailedException}, an SMTP reply code), never the
 * exception's text: the server's answer may quote the recipient's address, and the engine logs this exception
 * when the retries run out and shows it in Cockpit's incident. The SMTP exception itself is not kept as cause for
 * the same reason.
 */
class MailNotSentException extends RuntimeException {

  private final String failure;

  MailNotSentException(MailException cause) {
    this(describe(cause));
  }

  private MailNotSentException(String failure) {
    super("Mail server connection failed or the server refused the mail: " + failure
        + " (see the SMTP server's log; docs/notifications.md)", null, false, false);
    this.failure = failure;
  }

  /** The kind of failure, without personal data: the innermost exception's class, and the SMTP reply code. */
  String failure() {
    return failure;
  }

  static String describe(MailException exception) {
    Throwable first = exception;
    if (exception instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
      first = send.getFailedMessages().values().iterator().next();
    }
    Throwable root = first;
    Integer replyCode = replyCode(first);
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 10; depth++) {
      root = root.getCause();
      replyCode = replyCode != null ? replyCode : replyCode(root);
    }
    return root.getClass().getSimpleName() + (replyCode == null ? "" : ", SMTP " + replyCode);
  }

  private static Integer replyCode(Throwable cause) {
    try {
      Object code = cause.getClass().getMethod("getReturnCode").invoke(cause);
      return code instanceof Integer number && number > 0 ? number : null;
    } catch (ReflectiveOperationException notSmtp) {
      return null;
    }
  }
}
