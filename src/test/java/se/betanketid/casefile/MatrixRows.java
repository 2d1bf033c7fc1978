package se.betanketid.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.betanketid.CaseFixtures;
import se.betanketid.HttpCalls;
import se.betanketid.RestCalls.Answer;
import se.betanketid.RestCalls;
import se.betanketid.WebappSession;
import se.betanketid.casefile.MatrixCases.MatrixCase;

/**
 * The resources of the access matrix: what one caller sees of one case through one REST resource, counted.
 * A CASE row should show everything to the case's readers and nothing to anyone else; a TASK row should show a
 * task only to its candidates.
 */
final class MatrixRows {

  /**
   * CASE: everything of the case to its readers, nothing to others. TASK: a task to its candidates only.
   * MANAGER: the case's number on the dashboard of its municipality's managers only. NOBODY: figures only, no
   * case number for anyone. No row ever shows personal data; the national coordination never sees a case number.
   */
  enum Scope { CASE, TASK, MANAGER, NOBODY }

  /**
   * Through which door the call goes: the REST API and our JSON API as a program calls them (HTTP Basic in the
   * embedded default, a bearer token under single sign-on); our pages as a person opens them (Basic, or her
   * login session under single sign-on); a Tasklist or Cockpit session.
   */
  enum Door { REST, PAGE, TASKLIST, COCKPIT }

  /** What the caller sees of the case (and its task ids) through this resource, as a number of things. */
  record Row(String name, Scope scope, Door door, BiFunction<HttpCalls, Probe, Integer> seen) {}

  /** The case with its open task ids, as the probe walks it, and the id of Tasklist's filter "Gruppens uppgifter". */
  record Probe(MatrixCase matrixCase, List<String> taskIds, String groupTasksFilterId) {}

  static final String R = "/engine-rest";
  /** A case number that no case has. */
  static final String UNKNOWN_CASE = "BT-1999-99999";

  static List<Row> rows() {
    return List.of(
        caseList("/process-instance?businessKey", p -> R + "/process-instance?businessKey=" + cn(p)),
        caseEach("/process-instance/{id}", id -> R + "/process-instance/" + id),
        caseEach("/process-instance/{id}/variables", id -> R + "/process-instance/" + id + "/variables"),
        caseEach("/process-instance/{id}/activity-instances",
            id -> R + "/process-instance/" + id + "/activity-instances"),
        caseList("/variable-instance", p -> R + "/variable-instance?processInstanceIdIn=" + ids(p)),
        caseSum("/execution", id -> R + "/execution?processInstanceId=" + id),
        caseSum("/incident", id -> R + "/incident?processInstanceId=" + id),
        caseSum("/job", id -> R + "/job?processInstanceId=" + id),
        caseList("/history/process-instance",
            p -> R + "/history/process-instance?processInstanceBusinessKey=" + cn(p)),
        caseEach("/history/process-instance/{id}", id -> R + "/history/process-instance/" + id),
        caseList("/history/variable-instance", p -> R + "/history/variable-instance?processInstanceIdIn=" + ids(p)),
        caseList("/history/task", p -> R + "/history/task?processInstanceBusinessKey=" + cn(p)),
        caseSum("/history/activity-instance", id -> R + "/history/activity-instance?processInstanceId=" + id),
        caseSum("/history/incident", id -> R + "/history/incident?processInstanceId=" + id),
        caseSum("/history/detail", id -> R + "/history/detail?processInstanceId=" + id),
        caseSum("/history/user-operation", id -> R + "/history/user-operation?processInstanceId=" + id),
        caseSum("/history/job-log", id -> R + "/history/job-log?processInstanceId=" + id),
        new Row("/task?processInstanceBusinessKey", Scope.TASK, Door.REST,
            (api, p) -> count(api.get(R + "/task?processInstanceBusinessKey=" + cn(p)))),
        taskEach("/task/{id}", id -> R + "/task/" + id),
        taskEach("/task/{id}/variables", id -> R + "/task/" + id + "/variables"),
        taskEach("/task/{id}/form-variables", id -> R + "/task/" + id + "/form-variables"),
        taskEach("/task/{id}/identity-links", id -> R + "/task/" + id + "/identity-links"),
        new Row("Tasklist: /task", Scope.TASK, Door.TASKLIST,
            (api, p) -> count(api.get(WebappSession.ENGINE + "/task?processInstanceBusinessKey=" + cn(p)))),
        new Row("Tasklist: /filter/{Gruppens uppgifter}/list", Scope.TASK, Door.TASKLIST, (api, p) -> count(
            api.post(WebappSession.ENGINE + "/filter/" + p.groupTasksFilterId() + "/list",
                Map.of("processInstanceBusinessKey", cn(p))))),
        new Row("Tasklist: /history/process-instance", Scope.CASE, Door.TASKLIST, (api, p) -> count(api.get(
            WebappSession.ENGINE + "/history/process-instance?processInstanceBusinessKey=" + cn(p)))),
        new Row("Tasklist: /variable-instance", Scope.CASE, Door.TASKLIST, (api, p) -> count(api.get(
            WebappSession.ENGINE + "/variable-instance?processInstanceIdIn=" + ids(p)))),
        new Row("Cockpit: /process-instance", Scope.CASE, Door.COCKPIT, (api, p) -> count(api.get(
            WebappSession.COCKPIT + "/process-instance?processDefinitionId=" + p.matrixCase().rootDefinitionId()
                + "&businessKey=" + cn(p)))),
        new Row("Cockpit: /incident", Scope.CASE, Door.COCKPIT, (api, p) -> count(api.get(
            WebappSession.COCKPIT + "/incident?processInstanceIdIn=" + ids(p)))),
        statistics("/api/dashboard/overview", Scope.MANAGER, Door.REST, "/api/dashboard/overview"),
        statistics("Tasklist: /api/dashboard/overview", Scope.MANAGER, Door.TASKLIST, "/api/dashboard/overview"),
        statistics("/api/dashboard/trend", Scope.NOBODY, Door.REST, "/api/dashboard/trend"),
        statistics("/api/statistics", Scope.NOBODY, Door.REST, "/api/statistics"),
        statistics("/api/statistics.csv", Scope.NOBODY, Door.REST, "/api/statistics.csv"),
        caseView("/api/cases (Mina ärenden)", Door.REST, p -> "/api/cases?closed=true", true),
        caseView("Tasklist: /api/cases (Mina ärenden)", Door.TASKLIST, p -> "/api/cases?closed=true", true),
        caseView("/api/cases/{caseNumber}", Door.REST, p -> "/api/cases/" + cn(p), false),
        caseView("Tasklist: /api/cases/{caseNumber}", Door.TASKLIST, p -> "/api/cases/" + cn(p), false),
        caseView("/cases/{caseNumber} (case page)", Door.PAGE, p -> "/cases/" + cn(p), false),
        caseDocument("/api/cases/{caseNumber}/application.pdf", Door.REST, "application.pdf"),
        caseDocument("/api/cases/{caseNumber}/decision-record.pdf", Door.REST, "decision-record.pdf"),
        caseDocument("Tasklist: /api/cases/{caseNumber}/application.pdf", Door.TASKLIST, "application.pdf"),
        readLog("/api/read-log?case (read log)", Door.REST, "/api/read-log?case="),
        readLog("/cases/read-log?case (read log page)", Door.PAGE, "/cases/read-log?case="));
  }

  /**
   * Mina ärenden and the case page (package caseview): 1 when the answer shows the case, else 0. A case that
   * may not be read answers exactly as a case that does not exist (404, the same body); personal data in any
   * answer fails at once.
   */
  private static Row caseView(String name, Door door, Function<Probe, String> path, boolean list) {
    return new Row(name, Scope.CASE, door, (api, p) -> {
      Answer answer = api.get(path.apply(p));
      for (String personal : CaseFixtures.PERSONAL_DATA) {
        if (answer.body().contains(personal)) {
          throw new AssertionError(name + " shows personal data: " + personal);
        }
      }
      if (list) {
        if (answer.status() == 401 || answer.status() == 403) {
          return 0;
        }
        if (answer.status() != 200) {
          throw new AssertionError(name + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().contains("\"" + cn(p) + "\"") ? 1 : 0;
      }
      if (answer.status() == 404) {
        Answer unknown = api.get(path.apply(p).replace(cn(p), UNKNOWN_CASE));
        if (unknown.status() != 404 || !unknown.body().equals(answer.body())) {
          throw new AssertionError(name + " tells a refused case (" + answer.body() + ") from an unknown one ("
              + unknown.status() + " " + unknown.body() + ")");
        }
        return 0;
      }
      return ok(answer) ? 1 : 0;
    });
  }

  /**
   * A case's document (document.CaseDocumentController): 1 when the caller gets it (200) or is told what the case
   * lacks for it (409); 0 for the answer of an unknown case (404, word for word the same) or a refused login.
   */
  private static Row caseDocument(String name, Door door, String document) {
    return new Row(name, Scope.CASE, door, (api, p) -> {
      Answer answer = api.get("/api/cases/" + cn(p) + "/" + document);
      if (answer.status() == 200 || answer.status() == 409) {
        return 1;
      }
      if (answer.status() == 401) {
        return 0;
      }
      if (answer.status() == 404) {
        String unknown = api.get("/api/cases/" + UNKNOWN_CASE + "/" + document).body();
        if (!answer.body().equals(unknown)) {
          throw new AssertionError(name + " tells a case that may not be read from an unknown one: "
              + answer.body());
        }
        return 0;
      }
      throw new AssertionError(name + " answered " + answer.status() + ": " + answer.body());
    });
  }

  /**
   * The read log (package readlog) of one case: 1 when its municipality's manager gets it (200 naming the case); 0
   * for a refusal (403 for everyone but managers, 404 for another municipality's manager). No personal data.
   */
  private static Row readLog(String name, Door door, String path) {
    return new Row(name, Scope.MANAGER, door, (api, p) -> {
      Answer answer = api.get(path + cn(p));
      for (String personal : CaseFixtures.PERSONAL_DATA) {
        if (answer.body().contains(personal)) {
          throw new AssertionError(name + " shows personal data: " + personal);
        }
      }
      if (answer.status() == 403 || answer.status() == 404 || answer.status() == 401) {
        return 0;
      }
      if (answer.status() != 200) {
        throw new AssertionError(name + " answered " + answer.status() + ": " + answer.body());
      }
      return answer.body().contains(cn(p)) ? 1 : 0;
    });
  }

  /**
   * 1 when the answer names the case, else 0 (refusals too). Every task of a matrix case is overdue
   * (MatrixCases), so the case is listed on its managers' dashboard. Personal data in any answer fails at once.
   */
  private static Row statistics(String name, Scope scope, Door door, String path) {
    return new Row(name, scope, door, (api, p) -> {
      Answer answer = api.get(path);
      if (answer.status() != 200 && answer.status() != 401 && answer.status() != 403) {
        throw new AssertionError(name + " answered " + answer.status() + ": " + answer.body());
      }
      for (String personal : CaseFixtures.PERSONAL_DATA) {
        if (answer.body().contains(personal)) {
          throw new AssertionError(name + " shows personal data: " + personal);
        }
      }
      return answer.body().contains(cn(p)) ? 1 : 0;
    });
  }

  private static Row caseList(String name, Function<Probe, String> path) {
    return new Row(name, Scope.CASE, Door.REST, (api, p) -> count(api.get(path.apply(p))));
  }

  private static Row caseSum(String name, Function<String, String> path) {
    return new Row(name, Scope.CASE, Door.REST, (api, p) -> p.matrixCase().instanceIds().stream()
        .mapToInt(id -> count(api.get(path.apply(id)))).sum());
  }

  private static Row caseEach(String name, Function<String, String> path) {
    return new Row(name, Scope.CASE, Door.REST, (api, p) -> (int) p.matrixCase().instanceIds().stream()
        .filter(id -> ok(api.get(path.apply(id)))).count());
  }

  private static Row taskEach(String name, Function<String, String> path) {
    return new Row(name, Scope.TASK, Door.REST,
        (api, p) -> (int) p.taskIds().stream().filter(id -> ok(api.get(path.apply(id)))).count());
  }

  /** Allowed: 200. Refused: 403 or 404 (anything else, e.g. 500, fails the matrix). */
  private static boolean ok(Answer answer) {
    if (answer.status() == 200) {
      return true;
    }
    if (answer.status() == 403 || answer.status() == 404 || answer.status() == 401) {
      return false;
    }
    throw new AssertionError("unexpected answer " + answer.status() + ": " + answer.body());
  }

  /** The number of things in a list answer; a refusal (401, 403) shows nothing. */
  static int count(Answer answer) {
    if (answer.status() == 401 || answer.status() == 403) {
      return 0;
    }
    if (answer.status() != 200) {
      throw new AssertionError("unexpected answer " + answer.status() + ": " + answer.body());
    }
    JsonNode json = answer.json();
    if (!json.isArray()) {
      throw new AssertionError("not a list: " + answer.body());
    }
    return json.size();
  }

  private static String cn(Probe probe) {
    return probe.matrixCase().caseNumber();
  }

  private static String ids(Probe probe) {
    return String.join(",", probe.matrixCase().instanceIds());
  }

  private MatrixRows() {}
}
