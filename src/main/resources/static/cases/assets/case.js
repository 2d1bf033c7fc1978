// The case page: reads /api/cases/<case number> (the number is the page's last path segment).
(function () {
  'use strict';
  const C = window.Cases;
  const caseNumber = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop());

  function fact(list, term, value) {
    if (value === null || value === undefined || value === '') {
      return;
    }
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function render(c) {
    document.title = 'Ärende ' + c.caseNumber + ' – Betänketid';
    C.element('title').textContent = 'Ärende ' + c.caseNumber;
    C.element('stage').textContent = 'Steg: ' + c.stage + (c.closed ? ' (' + c.closed + ')' : '');
    const facts = C.element('facts');
    facts.replaceChildren();
    fact(facts, 'Ärendenummer', c.caseNumber);
    fact(facts, 'Steg', c.stage);
    fact(facts, 'Ansökan via', c.route);
    fact(facts, 'Kommun', c.municipality);
    fact(facts, 'Öppnat', c.opened);
    fact(facts, 'Identifierad', c.dates.identification);
    fact(facts, 'Ansökan skickad', c.dates.application);
    fact(facts, 'Beslut', c.dates.decisionResult === null ? null
      : c.dates.decisionResult + (c.dates.decision ? ' ' + c.dates.decision : ''));
    fact(facts, 'Betänketiden slutar', c.dates.periodEnd);
    fact(facts, 'Avslutat', c.closed);
    if (c.readLogHref) {
      C.element('read-log').href = c.readLogHref;
      C.element('read-log').hidden = false;
    }
    C.element('break-glass').hidden = !c.breakGlass;
    const documents = '/api/cases/' + encodeURIComponent(c.caseNumber) + '/';
    C.element('application-pdf').href = documents + 'application.pdf';
    C.element('decision-record-pdf').href = documents + 'decision-record.pdf';
    C.element('countdown').textContent = c.periodDaysLeft === null ? ''
      : c.periodDaysLeft >= 0 ? 'Betänketiden slutar om ' + c.periodDaysLeft + ' dagar (' + c.periodEnd + ').'
        : 'Betänketiden slutade ' + c.periodEnd + '.';
    C.fill('deadlines', c.deadlines.map(function (d) {
      return [d.what, d.overdue ? { text: d.date, className: 'overdue', badge: 'Försenad' } : d.date,
        { text: d.daysLeft, className: 'num' + (d.overdue ? ' overdue' : '') }];
    }), 3, 'Inga tidsfrister framåt.');
    C.fill('tasks', c.tasks.map(function (t) {
      return [t.name, t.holder, t.overdue ? { text: t.due, className: 'overdue', badge: 'Försenad' } : t.due,
        t.href ? { text: 'Öppna i Tasklist', href: t.href } : { text: 'Inte din uppgift' }];
    }), 4, 'Inga öppna uppgifter.');
    C.fill('children', c.children.map(function (b) {
      return [b.label, b.uncovered ? { text: b.coverage, className: 'overdue' } : b.coverage,
        b.closed ? 'Avslutat' : b.stage, b.nextTask,
        b.overdue ? { text: b.nextDeadline, className: 'overdue', badge: 'Försenad' } : b.nextDeadline];
    }), 5, 'Inga medföljande barn.');
    C.fill('timeline', c.timeline.map(function (e) { return [e.at, e.what, e.who]; }), 3, 'Inga händelser ännu.');
  }

  // the header tells the read log that the case page, not a program, read the case
  C.get('/api/cases/' + encodeURIComponent(caseNumber), { 'X-Betanketid-View': 'case-page' }).then(render).catch(function (e) {
    C.element('stage').textContent = '';
    C.showError(e.message);
  });
})();
