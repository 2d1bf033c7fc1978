// The managers' dashboard: reads /api/dashboard/* and /api/statistics; data only ever goes in as text (textContent).
(function () {
  'use strict';

  const charts = {};
  const NO_DATA = 'Det finns inga uppgifter att visa ännu.';

  function element(id) {
    return document.getElementById(id);
  }

  function text(id, value) {
    element(id).textContent = value === null || value === undefined ? '–' : String(value);
  }

  function cell(row, value, className, href) {
    const td = document.createElement('td');
    const text = value === null || value === undefined ? '–' : String(value);
    if (href) { // a case number links to the case page (package caseview)
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text;
    }
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  /** Fills a table body with rows of [value, class] cells, or one row saying there is nothing. */
  function fill(tableId, rows, columns, emptyText) {
    const body = element(tableId).querySelector('tbody');
    body.replaceChildren();
    if (!rows.length) {
      const row = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = columns;
      td.className = 'empty';
      td.textContent = emptyText || NO_DATA;
      row.appendChild(td);
      body.appendChild(row);
      return;
    }
    rows.forEach(function (cells) {
      const row = document.createElement('tr');
      cells.forEach(function (c) { cell(row, c[0], c[1], c[2]); });
      body.appendChild(row);
    });
  }

  function query() {
    const params = new URLSearchParams();
    params.set('year', element('year').value);
    const region = element('region').value;
    if (region) {
      params.set('region', region);
    }
    return params;
  }

  async function get(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) {
      throw new Error('Du är inte inloggad. Logga in i Tasklist eller Cockpit och ladda om sidan.');
    }
    if (response.status === 403) {
      throw new Error('Du har inte behörighet till översikten. Den är till för chefer och den nationella samordningen.');
    }
    if (response.status === 400) {
      const refusal = await response.json().catch(function () { return {}; });
      throw new Error(refusal.message || 'Filtret kunde inte användas.');
    }
    if (!response.ok) {
      throw new Error('Uppgifterna kunde inte hämtas just nu. Försök igen om en stund.');
    }
    return response.json();
  }

  /** The figures of the page: hidden while an error is shown, so that no old figures stand under it. */
  function figures() {
    return document.querySelectorAll('main > section');
  }

  function showError(message) {
    const error = element('error');
    error.textContent = message;
    error.hidden = false;
    figures().forEach(function (section) { section.hidden = true; });
    element('counts-only').hidden = true;
  }

  function caseLink(caseNumber) {
    return [caseNumber, '', caseNumber ? '/cases/' + encodeURIComponent(caseNumber) : null];
  }

  function renderOverview(data) {
    text('scope', data.scope.description + ' – läget ' + data.today);
    element('counts-only').hidden = !data.countsOnly;
    element('region-filter').hidden = !data.countsOnly;
    element('case-lists').hidden = data.countsOnly;
    text('open-total', data.openCases.total);
    text('overdue-total', data.overdueTasks.total);
    text('ending-total', data.periodsEndingSoon.total);
    text('ending-label', 'betänketider som löper ut inom ' + data.endingWithinDays + ' dagar');
    text('children-total', data.uncoveredChildren.total);
    text('children-oldest', data.uncoveredChildren.oldestDays === null ? ''
      : 'det äldsta sedan ' + data.uncoveredChildren.oldestDays + ' dagar');
    fill('stages', data.openCases.byStage.map(function (s) { return [[s.stage], [s.count, 'num']]; }), 2,
      'Inga öppna ärenden.');
    fill('overdue-kinds', data.overdueTasks.byKind.map(function (k) { return [[k.kind], [k.count, 'num']]; }), 2,
      'Inga försenade uppgifter.');
    if (!data.countsOnly) {
      fill('overdue-items', data.overdueTasks.items.map(function (i) {
        return [caseLink(i.caseNumber), [i.task], [i.due], [i.daysOverdue, 'num']];
      }), 4, 'Inga försenade uppgifter.');
      fill('ending-items', data.periodsEndingSoon.items.map(function (i) {
        return [caseLink(i.caseNumber), [i.validUntil], [i.daysLeft, 'num']];
      }), 3, 'Ingen betänketid löper ut de närmaste dagarna.');
      fill('children-items', data.uncoveredChildren.items.map(function (i) {
        return [caseLink(i.caseNumber), [i.since], [i.days, 'num']];
      }), 3, 'Alla barn har en uppehållsgrund.');
    }
  }

  function renderYear(data) {
    text('year-heading', 'Årsstatistik ' + data.year);
    const any = data.table.some(function (row) { return typeof row.value === 'string' || row.value > 0; });
    fill('yearly', any ? data.table.map(function (row) {
      const indent = row.label.startsWith('    ') ? 'indent2' : row.label.startsWith('  ') ? 'indent' : '';
      return [[row.label.trim(), indent], [format(row.value), 'num']];
    }) : [], 2, 'Det finns inga uppgifter för ' + data.year + ' ännu.');
  }

  function format(value) {
    if (typeof value === 'number' && !Number.isInteger(value)) {
      return value.toLocaleString('sv-SE');
    }
    return value;
  }

  /** "<5" cannot be drawn: such a bar is left out (the table says "<5"). */
  function plottable(values) {
    return values.map(function (v) { return typeof v === 'number' ? v : null; });
  }

  function chart(id, config) {
    if (charts[id]) {
      charts[id].destroy();
    }
    charts[id] = new window.Chart(element(id), config);
  }

  function renderTrend(data) {
    if (!window.Chart) {
      return;
    }
    const colours = { female: '#8e3b8a', male: '#1f6fb2', other: '#5b8c3a', unknown: '#999999' };
    const datasets = Object.keys(data.grantedBySex).map(function (sex) {
      return { label: data.sexLabels[sex], data: plottable(data.grantedBySex[sex]),
        backgroundColor: colours[sex] || '#777777' };
    });
    chart('granted-chart', {
      type: 'bar',
      data: { labels: data.years, datasets: datasets },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
        title: { display: true, text: 'Personer' } } } }
    });
    chart('days-chart', {
      type: 'line',
      data: { labels: data.years, datasets: [
        { label: 'Median', data: plottable(data.daysToDecisionMedian), borderColor: '#1f3a5f', spanGaps: true },
        { label: '90:e percentilen', data: plottable(data.daysToDecisionP90), borderColor: '#c9782a', spanGaps: true }
      ] },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'Dagar' } } } }
    });
  }

  async function load() {
    element('error').hidden = true;
    const params = query();
    element('csv').href = '/api/statistics.csv?' + params.toString();
    const region = element('region').value ? '?region=' + encodeURIComponent(element('region').value) : '';
    try {
      const results = await Promise.all([
        get('/api/dashboard/overview' + region),
        get('/api/statistics?' + params.toString()),
        get('/api/dashboard/trend?' + params.toString())
      ]);
      renderOverview(results[0]);
      renderYear(results[1]);
      renderTrend(results[2]);
      figures().forEach(function (section) { section.hidden = false; });
    } catch (failure) {
      showError(failure.message);
    }
  }

  function init() {
    const select = element('year');
    const thisYear = new Date().getFullYear();
    for (let year = thisYear; year >= thisYear - 5; year--) {
      const option = document.createElement('option');
      option.value = String(year);
      option.textContent = String(year);
      select.appendChild(option);
    }
    select.addEventListener('change', load);
    element('region').addEventListener('change', load);
    element('filters').addEventListener('submit', function (event) { event.preventDefault(); });
    load();
  }

  document.addEventListener('DOMContentLoaded', init);
}());
