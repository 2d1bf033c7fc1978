<#-- An escalation: to the municipality's managers and/or the region's coordinators.
     Model: caseNumber, reason (e.g. DECISION_OVERDUE), caseLink; with a task also taskName, taskLink, due;
     in a child's process child ("barn 1 av 2"). -->
<#assign reasons = {
  "ADVICE_OVERDUE": ["Regionkoordinatorns råd dröjer", "Regionkoordinatorns råd om ansökan har inte lämnats inom tidsfristen."],
  "APPLICATION_OVERDUE": ["Ansökan är inte inskickad", "Ansökan om betänketid har inte skickats till Migrationsverket inom tidsfristen."],
  "DECISION_OVERDUE": ["Beslutet är inte registrerat", "Migrationsverkets beslut har inte registrerats i ärendet inom tidsfristen."],
  "NEXT_STEP_OVERDUE": ["Nästa steg är inte beslutat", "Nästa steg efter betänketiden är inte beslutat, och betänketiden närmar sig sitt slut."],
  "PROTECTION_ASSESSMENT_OVERDUE": ["Skyddsbedömning av barn dröjer", "Skyddsbedömningen av ett medföljande barn har inte gjorts inom tidsfristen."],
  "INITIAL_ASSESSMENT_OVERDUE": ["Förhandsbedömning av barn dröjer", "Förhandsbedömningen av ett medföljande barn har inte gjorts inom tidsfristen."],
  "CHILD_BASIS_OVERDUE": ["Barnets uppehållsgrund är inte säkrad", "Ett medföljande barns uppehållsgrund är ännu inte säkrad, och vårdnadshavarens betänketid närmar sig sitt slut."],
  "CHILD_INVESTIGATION_OVERDUE": ["Utredningen om barn dröjer", "Utredningen om ett medföljande barn är inte klar inom tidsfristen."]
}>
<#assign text = reasons[reason]!["Tidsfrist passerad", "En tidsfrist i ärendet har passerats (" + reason + ")."]>
<#assign subject>Eskalering i ärende ${caseNumber}: ${text[0]}</#assign>
Hej!

${text[1]}

Ärende: ${caseNumber}
<#if child??>
Gäller: ${child} i ärendet
</#if>
<#if taskName??>
Uppgift: ${taskName}
</#if>
<#if due??>
Skulle vara klar: ${due}
</#if>

Du får meddelandet som chef eller regionkoordinator för ärendets kommun eller region.
<#if taskLink??>

Uppgiften i Tasklist:
${taskLink}
</#if>
<#if caseLink??>

Ärendet i Cockpit:
${caseLink}
<#elseif !taskLink?? && tasklistLink??>

Logga in i Tasklist:
${tasklistLink}
</#if>

<#include "footer.ftl">
