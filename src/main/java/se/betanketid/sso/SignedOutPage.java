package se.betanketid.sso;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.betanketid.system.SwedishAnswers;

/** Profile oidc: where the provider sends the browser after logging out at both ends. */
@RestController
@Profile("oidc")
class SignedOutPage {

  @GetMapping(path = "/sso/utloggad", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page(HttpServletRequest request) {
    return SwedishAnswers.head("Utloggad – Betänketid", null) + "<body><main><h1>Du är utloggad</h1><p>Du är utloggad från Betänketid och från "
        + "inloggningstjänsten.</p><p><a href=\"" + request.getContextPath() + "/camunda/app/tasklist/\">"
        + "Logga in igen</a></p></main></body></html>";
  }
}
