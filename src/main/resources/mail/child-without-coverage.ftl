<#-- An accompanying child without residence basis: to the region's coordinators and the municipality's
     managers, at once. Model: caseNumber, caseLink. Nothing about the child. -->
<#assign subject>Barn utan uppehållsgrund i ärende ${caseNumber}</#assign>
Hej!

Ett medföljande barn i ärende ${caseNumber} saknar uppehållsgrund i Sverige. Vårdnadshavarens betänketid gäller inte barnet.

Socialtjänsten har fått en uppgift att säkra barnets skydd och uppehållsgrund. Larmet står kvar tills någon har registrerat hur barnet omfattas, eller att barnet har lämnat Sverige med vårdnadshavaren.
<#if caseLink??>

Ärendet i Cockpit (för chefer):
${caseLink}
</#if>

<#include "footer.ftl">
