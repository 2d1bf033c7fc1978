package se.betanketid.casefile;

import java.util.List;
import java.util.Set;
import se.betanketid.casefile.MatrixRows.Door;

/**
 * The people of the access matrix: one of every role, with our groups and the webapps their role opens (the
 * expectation, written out here). mats is a second manager (Göteborg) and leo a second investigation leader
 * (police region Väst), so that managers and investigation leaders are compared too. The embedded default has
 * them as demo users (mats and leo added by AccessMatrixIT); under single sign-on they are the test realm's
 * users, whose provider groups become these groups through the group mapping (sso.OidcApp.GROUP_MAPPING).
 */
final class MatrixPeople {

  /** One person: her user id, our groups, the webapps (Tasklist, Cockpit) her role may open. */
  record Person(String id, List<String> groups, Set<Door> webapps) {

    /** REST and our pages are open to everyone who signs in; a webapp only to the roles that use it. */
    boolean opens(Door door) {
      return door == Door.REST || door == Door.PAGE || webapps.contains(door);
    }
  }

  private static final Set<Door> TASKLIST = Set.of(Door.TASKLIST);
  private static final Set<Door> TASKLIST_AND_COCKPIT = Set.of(Door.TASKLIST, Door.COCKPIT);

  static final List<Person> ALL = List.of(
      new Person("sara", List.of("socialtjanst-0180"), TASKLIST),
      new Person("nils", List.of("socialtjanst-1480"), TASKLIST),
      new Person("kim", List.of("regionkoordinator-stockholm"), TASKLIST),
      new Person("alva", List.of("regionkoordinator-vast"), TASKLIST),
      new Person("alex", List.of("forundersokningsledare-stockholm"), TASKLIST),
      new Person("leo", List.of("forundersokningsledare-vast"), TASKLIST),
      new Person("maria", List.of("chef-0180"), TASKLIST_AND_COCKPIT),
      new Person("mats", List.of("chef-1480"), TASKLIST_AND_COCKPIT),
      new Person("eva", List.of("nationell-samordning"), Set.of()));

  static final List<String> USERS = ALL.stream().map(Person::id).toList();

  static Person of(String user) {
    return ALL.stream().filter(person -> person.id().equals(user)).findFirst().orElseThrow();
  }

  private MatrixPeople() {}
}
