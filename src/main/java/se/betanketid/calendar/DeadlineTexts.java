package se.betanketid.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.stereotype.Component;

/**
 * Fills the deadline tokens of a form's text, {@code [[adviceWorkingDays]]}, with the configured number and
 * its unit in Swedish ("1 arbetsdag", "2 arbetsdagar", "14 dagar", "4 månader"), so that what a form says is
 * what the process does. The token is the name of a {@link Deadlines} property; the unit follows its name
 * (…WorkingDays, …Days / …DaysBefore, …Months). A token that names no deadline is an error, never shown.
 */
@Component
public class DeadlineTexts {

  static final Pattern TOKEN = Pattern.compile("\\[\\[([A-Za-z]+)]]");

  private final Deadlines deadlines;

  public DeadlineTexts(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The text with every token replaced; throws when a token names no deadline. */
  public String fill(String text) {
    Matcher matcher = TOKEN.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(filled, Matcher.quoteReplacement(words(matcher.group(1))));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** Whether the text holds a token at all (most responses do not). */
  public boolean hasTokens(String text) {
    return TOKEN.matcher(text).find();
  }

  /** "2 arbetsdagar" for the deadline named {@code name}. */
  String words(String name) {
    int number = number(name);
    if (name.endsWith("WorkingDays")) {
      return number + (number == 1 ? " arbetsdag" : " arbetsdagar");
    }
    if (name.endsWith("Days") || name.endsWith("DaysBefore")) {
      return number + (number == 1 ? " dag" : " dagar");
    }
    if (name.endsWith("Months")) {
      return number + (number == 1 ? " månad" : " månader");
    }
    throw new IllegalArgumentException("No unit for the deadline token [[" + name + "]]");
  }

  private int number(String name) {
    try {
      Object value = new BeanWrapperImpl(deadlines).getPropertyValue(name);
      if (value instanceof Integer number) {
        return number;
      }
    } catch (NotReadablePropertyException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("The token [[" + name + "]] names no deadline");
  }
}
