// Mina ärenden: reads /api/cases with the filters; ?started=<case number> highlights a case just started.
(function () {
  'use strict';
  const C = window.Cases;
  const started = new URLSearchParams(window.location.search).get('started');
  let stagesFilled = false;

  function query() {
    const params = new URLSearchParams();
    const stage = C.element('stage').value;
    if (stage) {
      params.set('stage', stage);
    }
    ['overdue', 'uncovered', 'mine', 'closed'].forEach(function (name) {
      if (C.element(name).checked) {
        params.set(name, 'true');
      }
    });
    return params;
  }

  function render(data) {
    C.element('today').textContent = 'Läget ' + data.today;
    if (!stagesFilled) {
      data.stages.forEach(function (stage) {
        const option = document.createElement('option');
        option.value = stage;
        option.textContent = stage;
        C.element('stage').appendChild(option);
      });
      stagesFilled = true;
    }
    C.element('count').textContent = data.cases.length === 1 ? '1 ärende' : data.cases.length + ' ärenden';
    const rows = C.fill('cases', data.cases.map(function (c) {
      const children = c.children === 0 ? 'Inga'
        : c.children + (c.childrenUncovered > 0 ? ' (' + c.childrenUncovered + ' utan uppehållsgrund)' : '');
      return [
        { text: c.caseNumber, href: c.href },
        { text: c.closed ? 'Avslutat ' + c.closed : c.stage },
        c.nextTask,
        c.nextHolder,
        c.overdue ? { text: c.nextDeadline, className: 'overdue', badge: 'Försenad' } : c.nextDeadline,
        c.periodEnd === null ? null
          : c.periodEnd + (c.periodDaysLeft === null ? '' : ' (' + c.periodDaysLeft + ' dagar kvar)'),
        c.childrenUncovered > 0 ? { text: children, className: 'overdue' } : children,
        c.municipality
      ];
    }), 8, 'Inga ärenden att visa.');
    rows.forEach(function (row, i) {
      if (started && data.cases[i].caseNumber === started) {
        row.classList.add('highlight');
      }
    });
    if (started) {
      const banner = C.element('started');
      banner.textContent = 'Ärendet ' + started + ' har startats.';
      banner.hidden = false;
    }
  }

  async function load() {
    try {
      render(await C.get('/api/cases?' + query().toString()));
    } catch (e) {
      C.showError(e.message);
    }
  }

  C.element('filters').addEventListener('change', load);
  load();
})();
