package se.betanketid.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enum of a form's options: each constant has the code the form stores and the Swedish label the form, the
 * documents and the statistics show ({@link DeclineReason}, {@link ExploitationForm}).
 */
public interface CodedOption {

  /** A code and its Swedish label. */
  record Option(String code, String label) {}

  Option option();

  /** The value the form stores. */
  default String code() {
    return option().code();
  }

  /** The Swedish text the form and the statistics show. */
  default String label() {
    return option().label();
  }

  /** The constant of {@code values} whose code is {@code code}. */
  static <E extends CodedOption> Optional<E> byCode(E[] values, Object code) {
    return Arrays.stream(values).filter(value -> value.code().equals(code)).findFirst();
  }
}
