package se.betanketid.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The test suite's one SMTP server (GreenMail). Every test that lets mail out uses it, so that
 * {@link PersonalDataScan} sees every mail of the suite. Its port is a free one chosen when JUnit starts
 * (the auto-detected {@link PersonalDataScan} loads this class before any Spring context) and handed to
 * the application as the system property {@code spring.mail.port}: test runs in other worktrees on the
 * same machine do not collide on a fixed port.
 */
public final class TestMailServer {

  private static final int PORT = freePort();
  private static GreenMail server;
  private static final List<MimeMessage> SEEN = new ArrayList<>();

  static {
    System.setProperty("spring.mail.host", "127.0.0.1");
    System.setProperty("spring.mail.port", String.valueOf(PORT));
  }

  private TestMailServer() {}

  /** The port the application sends to in this test JVM. */
  public static int port() {
    return PORT;
  }

  /** SMTP on 127.0.0.1 at the port, given 30 s to start (GreenMail's 2 s is too short on a loaded machine). */
  public static ServerSetup setup(int port) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(30_000);
    return setup;
  }

  /** Starts the server (again, after {@link #stop()}); messages received before are kept for the scan. */
  public static synchronized void start() {
    if (server == null) {
      server = new GreenMail(setup(PORT));
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

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
