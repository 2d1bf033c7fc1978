package se.betanketid.casefile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.betanketid.identity.Role;

/**
 * The municipalities a social worker may open a case for on the social services' route: those whose social
 * services' group ({@code socialtjanst-<code>}) she belongs to, and those whose social services her municipality
 * provides by agreement ({@code betanketid.social-services-agreements}: providing municipality code to the codes
 * it serves; empty by default). A mistyped code would otherwise send the case, with the person's data, to another
 * municipality and region.
 */
@Component
public class StarterMunicipalities {

  static final String AGREEMENTS = "betanketid.social-services-agreements";

  private static final Bindable<Map<String, List<String>>> CODES_BY_PROVIDER = Bindable.of(
      ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
          ResolvableType.forClassWithGenerics(List.class, String.class)));

  private final Map<String, List<String>> served;

  @Autowired
  StarterMunicipalities(Environment environment) {
    this(Binder.get(environment).bind(AGREEMENTS, CODES_BY_PROVIDER).orElse(Map.of()));
  }

  StarterMunicipalities(Map<String, List<String>> served) {
    this.served = Map.copyOf(served);
  }

  /** The municipality codes the member of these groups may open a social services' case for. */
  public Set<String> of(List<String> groupIds) {
    Set<String> codes = new TreeSet<>();
    for (String group : groupIds == null ? List.<String>of() : groupIds) {
      if (Role.ofGroup(group).filter(Role.SOCIAL_WORKER::equals).isPresent()) {
        String own = Role.SOCIAL_WORKER.scopeOf(group);
        codes.add(own);
        served.getOrDefault(own, List.of()).stream().map(String::trim).forEach(codes::add);
      }
    }
    return codes;
  }
}
