package se.betanketid.application;

/** The date the application went to Migrationsverket: {@code applicationDate} (ISO date), on both routes. */
public final class ApplicationDates {

  public static final String APPLICATION_DATE = "applicationDate";

  private ApplicationDates() {}
}
