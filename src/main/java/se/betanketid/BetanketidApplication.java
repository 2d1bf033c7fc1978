package se.betanketid;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Betänketid: the reflection-period workflow engine. Deploys bpmn/ and forms/ through META-INF/processes.xml. */
@SpringBootApplication
@EnableProcessApplication("betanketid")
public class BetanketidApplication {

  public static void main(String[] args) {
    SpringApplication.run(BetanketidApplication.class, args);
  }
}
