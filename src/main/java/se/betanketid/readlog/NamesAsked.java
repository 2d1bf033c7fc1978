package se.betanketid.readlog;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The variable names a read command asks for: Camunda's {@code Get*VariableCmd} hold one ({@code variableName}), the
 * {@code Get*VariablesCmd} a collection or null for all ({@code variableNames}). Null: all of the scope's variables.
 */
final class NamesAsked {

  private static final Map<Class<?>, Optional<Field>> FIELDS = new ConcurrentHashMap<>();

  private NamesAsked() {}

  static Set<String> of(Object command) {
    Optional<Field> field = FIELDS.computeIfAbsent(command.getClass(), NamesAsked::field);
    if (field.isEmpty()) {
      return null;
    }
    try {
      Object value = field.get().get(command);
      if (value instanceof String name) {
        return Set.of(name);
      }
      if (value instanceof Collection<?> names) {
        return names.stream().map(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
      }
      return null;
    } catch (IllegalAccessException unreadable) {
      return null;
    }
  }

  private static Optional<Field> field(Class<?> type) {
    for (String name : new String[] {"variableName", "variableNames"}) {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        try {
          Field field = c.getDeclaredField(name);
          if (String.class.equals(field.getType()) || Collection.class.isAssignableFrom(field.getType())) {
            field.setAccessible(true);
            return Optional.of(field);
          }
        } catch (NoSuchFieldException notHere) {
          // look further up
        }
      }
    }
    return Optional.empty();
  }
}
