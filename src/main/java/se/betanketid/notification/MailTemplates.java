package se.betanketid.notification;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a mail from its FreeMarker template in {@code src/main/resources/mail/} (plain text). A template
 * sets its subject with {@code <#assign subject>…</#assign>}; what it writes is the body.
 */
@Component
class MailTemplates {

  record RenderedMail(String subject, String body) {}

  private final Configuration freemarker;

  MailTemplates(Configuration freemarker) {
    this.freemarker = freemarker;
  }

  RenderedMail render(NotificationKind kind, Map<String, Object> model) {
    try {
      Template template = freemarker.getTemplate(kind.template());
      StringWriter body = new StringWriter();
      Environment environment = template.createProcessingEnvironment(model, body);
      environment.process();
      TemplateModel subject = environment.getVariable("subject");
      if (subject == null) {
        throw new IllegalStateException("Mail template " + kind.template() + " sets no subject");
      }
      return new RenderedMail(subject.toString().strip().replaceAll("\\s+", " "), body.toString().strip() + "\n");
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("Cannot render mail template " + kind.template(), e);
    }
  }
}
