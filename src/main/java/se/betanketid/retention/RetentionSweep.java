package se.betanketid.retention;

import java.time.Duration;

/**
 * Something of ours that deletes what has passed its retention (the case register's rows of cases whose history is
 * gone, the read log's old rows), run at its interval by {@link RetentionSweeps}.
 */
public interface RetentionSweep {

  /** What is swept, for the log (English, no personal data). */
  String name();

  /** How often it runs; zero or negative: never by itself (a test calls {@link #sweep()}). */
  Duration interval();

  /** Deletes what has passed its time; answers how many. */
  int sweep();
}
