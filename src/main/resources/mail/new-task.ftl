<#-- A new task for a group: to its members. Model: caseNumber, taskName, taskLink, due (optional). -->
<#assign subject>Ny uppgift: ${taskName}</#assign>
Hej!

Det finns en ny uppgift för din grupp i Betänketid.

Uppgift: ${taskName}
Ärende: ${caseNumber}
<#if due??>
Ska vara klar: ${due}
</#if>

Öppna uppgiften i Tasklist:
${taskLink}

<#include "footer.ftl">
