<#-- A task assigned to someone: to the assignee. Model: caseNumber, taskName, taskLink, due (optional). -->
<#assign subject>Tilldelad uppgift: ${taskName}</#assign>
Hej!

Du har fått en uppgift i Betänketid.

Uppgift: ${taskName}
Ärende: ${caseNumber}
<#if due??>
Ska vara klar: ${due}
</#if>

Öppna uppgiften i Tasklist:
${taskLink}

<#include "footer.ftl">
