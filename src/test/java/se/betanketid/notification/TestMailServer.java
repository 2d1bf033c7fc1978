package se.betanketid.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The test suite's one SMTP server (GreenMail on localhost:3025, where the test profile sends mail). Every
 * test that lets mail out uses it, so that {@link PersonalDataScan} sees every mail of the suite.
 */
public final class TestMailServer {

  private static GreenMail server;
  private static final List<MimeMessage> SEEN = new ArrayList<>();

  private TestMailServer() {}

  /** Starts the server (again, after {@link #stop()}); messages received before are kept for the scan. */
  public static synchronized void start() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP);
      Runtime.getRuntime().addShutdownHook(new Thread(TestMailServer::stop));
    }
    if (!server.isRunning()) {
      server.start();
    }
  }

  /** SMTP down: connections are refused until {@link #start()}. */
  public static synchronized void stop() {
    if (server != null && server.isRunning()) {
      SEEN.addAll(List.of(server.getReceivedMessages()));
      server.stop();
    }
  }

  /** Every message received since the last {@link #takeAll()}, without removing it. */
  public static synchronized List<MimeMessage> received() {
    List<MimeMessage> all = new ArrayList<>(SEEN);
    if (server != null && server.isRunning()) {
      all.addAll(List.of(server.getReceivedMessages()));
    }
    return all;
  }

  /** Every message received since the last call, and forgets them. */
  public static synchronized List<MimeMessage> takeAll() {
    List<MimeMessage> all = received();
    SEEN.clear();
    if (server != null && server.isRunning()) {
      try {
        server.purgeEmailFromAllMailboxes();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return all;
  }
}
