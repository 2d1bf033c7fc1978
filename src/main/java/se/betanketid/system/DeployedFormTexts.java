package se.betanketid.system;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.web.context.support.WebApplicationContextUtils;
import se.betanketid.calendar.DeadlineTexts;

/**
 * A form is served with the configured deadlines in its text: Tasklist and REST clients read a Camunda Form
 * through {@code …/task/{id}/deployed-form} and {@code …/process-definition/{id}/deployed-start-form}; this
 * fills the form's deadline tokens there ({@link DeadlineTexts}), on both the REST API and Tasklist's copy
 * of it. (Registered by class in both Jersey applications; the Spring bean is looked up from the servlet
 * context, since Tasklist's application is not made by Spring.)
 */
public class DeployedFormTexts implements ContainerResponseFilter {

  @Context private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    String path = request.getUriInfo().getPath();
    if (response.getStatus() != 200
        || !(path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form"))
        || !response.hasEntity()) {
      return;
    }
    String form = text(response.getEntity());
    if (form == null) {
      return;
    }
    DeadlineTexts texts =
        WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(DeadlineTexts.class);
    response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    response.setEntity(
        texts.fill(form), response.getEntityAnnotations(), response.getMediaType());
  }

  private static String text(Object entity) throws IOException {
    if (entity instanceof String text) {
      return text;
    }
    if (entity instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (entity instanceof InputStream stream) {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
