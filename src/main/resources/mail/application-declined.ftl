<#-- The social welfare board decided not to apply for a reflection period: to the region's coordinators, at once,
     only when the person consented to contact with a coordinator (or was referred by one). Model: caseNumber.
     Nothing about the person, not even the reason. -->
<#assign subject>Nämnden ansöker inte om betänketid i ärende ${caseNumber}</#assign>
Hej!

Socialnämnden har beslutat att inte ansöka om betänketid i ärende ${caseNumber}.

Nationella stödprogrammet (NSP) kan erbjuda personen skydd och stöd i 30 dagar, motsvarande betänketiden.
Kontakta socialtjänsten i ärendet om personen ska erbjudas det stödet.

Ni har också fått uppgiften "Registrera stöd från NSP – ${caseNumber}" i Tasklist: registrera där om personen fick stöd genom NSP.

Du får meddelandet som regionkoordinator för ärendets region: personen har samtyckt till kontakt med regionkoordinator eller kom via en koordinator.

<#include "footer.ftl">
