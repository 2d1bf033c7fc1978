<#-- Someone outside the case's groups opened the case by break-glass (nödåtkomst, readlog.BreakGlass): to the case's
     managers, at once. Model: caseNumber. Nothing about the person, not who opened it nor the reason: those are in
     the read log, which the manager opens after logging in. -->
<#assign subject>Nödåtkomst till ärende ${caseNumber}</#assign>
Hej!

Ärende ${caseNumber} i din kommun har öppnats med nödåtkomst av en person som annars inte har behörighet till ärendet.

Vem som öppnade ärendet, när och med vilket skäl står i läsloggen: logga in och välj Läslogg under Mina ärenden, eller öppna /cases/read-log?case=${caseNumber}.

Du får meddelandet som chef för den kommun ärendet hör till.

<#include "footer.ftl">
