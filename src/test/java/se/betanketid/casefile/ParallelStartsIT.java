package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;

/**
 * 50 social workers' starts at the same moment through the REST API: 50 cases, 50 distinct case numbers without a
 * gap, each case whole. Runs on H2 and, in the postgres profile, on PostgreSQL.
 */
class ParallelStartsIT extends ProcessTestCase {

  static final int STARTS = 50;
  static final String SUBMIT = "/engine-rest/process-definition/key/SocialServicesApplicationProcess/submit-form";

  @Test
  void fiftyParallelStartsOpenFiftyCasesWithDistinctGaplessNumbers() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(STARTS);
    List<Future<Answer>> calls = new ArrayList<>();
    long began;
    try {
      for (int i = 0; i < STARTS; i++) {
        calls.add(pool.submit(() -> {
          go.await();
          return rest("sara").post(SUBMIT, Map.of("variables", CaseFixtures.socialServicesCase().restVariables()));
        }));
      }
      began = System.nanoTime();
      go.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> call : calls) {
        answers.add(call.get());
      }
      long millis = (System.nanoTime() - began) / 1_000_000;

      assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
      List<String> ids = answers.stream().map(answer -> answer.json().get("id").asText()).toList();
      List<String> numbers = answers.stream().map(answer -> answer.json().get("businessKey").asText()).toList();
      assertThat(ids).doesNotHaveDuplicates();
      assertThat(numbers).doesNotHaveDuplicates().allMatch(number -> number.matches("BT-\\d{4}-\\d{5}"));
      List<Integer> sequence = numbers.stream().map(number -> Integer.parseInt(number.substring(8))).sorted().toList();
      assertThat(sequence.get(STARTS - 1) - sequence.get(0)).as("no gap within the run").isEqualTo(STARTS - 1);
      for (int i = 0; i < STARTS; i++) {
        assertThat(runtimeService.getVariable(ids.get(i), "caseNumber")).isEqualTo(numbers.get(i));
        assertThat(taskService.createTaskQuery().processInstanceId(ids.get(i)).count()).as(numbers.get(i)).isOne();
      }
      System.out.printf("Parallel starts: %d cases, %d distinct case numbers %s..%s without a gap, in %d ms%n",
          STARTS, numbers.size(), numbers.stream().sorted().findFirst().orElseThrow(),
          numbers.stream().max(String::compareTo).orElseThrow(), millis);
    } finally {
      pool.shutdownNow();
    }
  }
}
