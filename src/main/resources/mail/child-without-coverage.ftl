<#-- An accompanying child without residence basis: to the region's coordinators and the municipality's
     managers, at once. Model: caseNumber, caseLink; reason GUARDIAN_CASE_ENDED when the guardian's case
     has ended while the child is still uncovered; child ("barn 1 av 2") when known. Nothing else about the child. -->
<#assign guardianCaseEnded = (reason!"") == "GUARDIAN_CASE_ENDED">
<#assign which = child!"ett medföljande barn">
<#if guardianCaseEnded>
<#assign subject>Barn saknar fortfarande uppehållsgrund i ärende ${caseNumber}</#assign>
<#else>
<#assign subject>Barn utan uppehållsgrund i ärende ${caseNumber}</#assign>
</#if>
Hej!

<#if guardianCaseEnded>
Vårdnadshavarens ärende ${caseNumber} har avslutats, men ${which} saknar fortfarande uppehållsgrund i Sverige.

Socialtjänstens uppgift att säkra barnets skydd och uppehållsgrund står kvar.
<#else>
${which?cap_first} i ärende ${caseNumber} saknar uppehållsgrund i Sverige. Vårdnadshavarens betänketid gäller inte barnet.

Socialtjänsten har fått en uppgift att säkra barnets skydd och uppehållsgrund.
</#if>
Larmet står kvar tills någon har registrerat hur barnet omfattas, eller att barnet har lämnat Sverige med vårdnadshavaren.
<#if caseLink??>

Ärendet i Cockpit:
${caseLink}
<#elseif tasklistLink??>

Logga in i Tasklist:
${tasklistLink}
</#if>

<#include "footer.ftl">
