package se.betanketid.readlog;

import java.util.Optional;

/**
 * What the read log knows of the HTTP request a read happens in: from which client it came, and which request it is
 * (a request that reads one case several times through one channel is one row). Held per thread for the request by {@link ReadContextFilter}; absent outside a request.
 */
final class ReadContext {

  private static final ThreadLocal<ReadContext> CURRENT = new ThreadLocal<>();

  /** The client when a read comes through the engine's Java API outside any request (never the engine's own work). */
  static final String IN_PROCESS = "Motorns Java-API (inget webbanrop)";

  private static final java.util.concurrent.atomic.AtomicLong REQUESTS = new java.util.concurrent.atomic.AtomicLong();

  private final long id = REQUESTS.incrementAndGet();
  private final String client;

  ReadContext(String client) {
    this.client = client;
  }

  /** The request's number: its reads of one case through one channel are one row. */
  long id() {
    return id;
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
}
