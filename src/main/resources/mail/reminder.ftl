<#-- A reminder: to the assignee, or the candidates. Model: caseNumber, taskName, taskLink, due (optional). -->
<#assign subject>Påminnelse: ${taskName}</#assign>
Hej!

Påminnelse: en uppgift i Betänketid är ännu inte klar.

Uppgift: ${taskName}
Ärende: ${caseNumber}
<#if child??>
Gäller: ${child} i ärendet
</#if>
<#if due??>
Ska vara klar: ${due}
</#if>

Öppna uppgiften i Tasklist:
${taskLink}

<#include "footer.ftl">
