package se.betanketid.readlog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the read log knows of the HTTP request a read happens in: from which client it came, and what this request
 * has logged already (a request that reads one case several ways, or one way several times, is one row per case and
 * channel). Held per thread for the request by {@link ReadContextFilter}; absent outside a request.
 */
final class ReadContext {

  private static final ThreadLocal<ReadContext> CURRENT = new ThreadLocal<>();

  /** The client when a read comes through the engine's Java API outside any request (never the engine's own work). */
  static final String IN_PROCESS = "Motorns Java-API (inget webbanrop)";

  private final String client;
  private final Set<String> logged = new HashSet<>();
  /** Root process instance id to the case it belongs to (empty: not a case's), resolved once per request. */
  private final Map<String, Optional<ReadLog.CaseOf>> cases = new HashMap<>();

  ReadContext(String client) {
    this.client = client;
  }

  static Optional<ReadContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void open(ReadContext context) {
    CURRENT.set(context);
  }

  static void close() {
    CURRENT.remove();
  }

  String client() {
    return client;
  }

  /** True the first time this request logs this case through this channel. */
  boolean firstTime(String caseNumber, Channel channel, boolean breakGlass) {
    return logged.add(caseNumber + '|' + channel + '|' + breakGlass);
  }

  Map<String, Optional<ReadLog.CaseOf>> cases() {
    return cases;
  }
}
