package se.betanketid.notification;

import static se.betanketid.application.SocialServicesApplication.COORDINATOR_TOLD_OF_DECLINE;
import static se.betanketid.application.SocialServicesApplication.NSP_SUPPORT_GROUP;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseAccess;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.identity.Role;
import se.betanketid.municipality.MunicipalityRegistry;

/**
 * "Underrätta regionkoordinator om att nämnden avstår" ({@code ${notifyCoordinatorOfDecline}}) in
 * SocialServicesApplicationProcess: the board decided not to apply, so the coordinators of the case's police region
 * are told at once (case number only), that the national support programme (NSP) can offer its 30 days of
 * protection. Only when {@link CaseAccess} lets them see the case (the person's consent to contact a coordinator,
 * or a referral by one): nobody is told of a case they may not see, and without consent nobody else is told in
 * their place. Sets {@code coordinatorToldOfDecline} and {@code nspSupportGroup}, the group that then records
 * whether NSP gave support (the coordinators, or else the municipality's social services).
 */
@Component("notifyCoordinatorOfDecline")
class NotifyCoordinatorOfDeclineDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(NotifyCoordinatorOfDeclineDelegate.class);

  private final CaseAccess access;
  private final MunicipalityRegistry municipalities;
  private final NotificationQueue queue;

  NotifyCoordinatorOfDeclineDelegate(CaseAccess access, MunicipalityRegistry municipalities,
      NotificationQueue queue) {
    this.access = access;
    this.municipalities = municipalities;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String municipalityCode = (String) execution.getVariable(CaseVariables.MUNICIPALITY_CODE);
    if (municipalityCode == null) {
      throw new IllegalStateException("The case has no municipalityCode: cannot find whom to tell");
    }
    Object region = execution.getVariable(CaseVariables.POLICE_REGION);
    String coordinators = Role.coordinatorGroup(region != null ? region.toString()
        : municipalities.regionOf(municipalityCode));
    boolean told = access.groupsOf(execution).contains(coordinators);
    if (told) {
      queue.queueToGroups(Notification.aboutCase(NotificationKind.APPLICATION_DECLINED, execution, null),
          List.of(coordinators));
    }
    execution.setVariable(COORDINATOR_TOLD_OF_DECLINE, told);
    execution.setVariable(NSP_SUPPORT_GROUP, told ? coordinators : Role.socialServicesGroup(municipalityCode));
    LOG.info("The board does not apply in case {}: coordinators {}", CaseNumberOf.execution(execution),
        told ? "told" : "not told (no consent)");
  }
}
