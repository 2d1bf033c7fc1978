// Shared by Mina ärenden and the case page: fetching JSON and filling tables. Data only ever goes in as text.
window.Cases = (function () {
  'use strict';

  function element(id) {
    return document.getElementById(id);
  }

  async function get(path, headers) {
    const response = await fetch(path, { headers: Object.assign({ Accept: 'application/json' }, headers || {}),
      credentials: 'same-origin' });
    if (response.status === 401) {
      throw new Error('Du är inte inloggad. Logga in i Tasklist och ladda om sidan.');
    }
    if (response.status === 404) {
      throw new Error('Ärendet finns inte, eller så har du inte behörighet att se det.');
    }
    if (!response.ok) {
      throw new Error('Uppgifterna kunde inte hämtas just nu. Försök igen om en stund.');
    }
    return response.json();
  }

  function showError(message) {
    const error = element('error');
    error.textContent = message;
    error.hidden = false;
  }

  /** A table cell: text, or {text, href, className, badge}. */
  function cell(row, value) {
    const td = document.createElement('td');
    const spec = value !== null && typeof value === 'object' ? value : { text: value };
    const text = spec.text === null || spec.text === undefined || spec.text === '' ? '–' : String(spec.text);
    if (spec.href) {
      const a = document.createElement('a');
      a.href = spec.href;
      a.textContent = text;
      td.appendChild(a);
    } else {
      td.appendChild(document.createTextNode(text));
    }
    if (spec.badge) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = spec.badge;
      td.appendChild(document.createTextNode(' '));
      td.appendChild(badge);
    }
    const classes = [];
    if (spec.className) {
      classes.push(spec.className);
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
      classes.push('date');
    }
    if (classes.length) {
      td.className = classes.join(' ');
    }
    row.appendChild(td);
    return td;
  }

  function fill(tableId, rows, columns, emptyText) {
    const body = element(tableId).querySelector('tbody');
    body.replaceChildren();
    if (!rows.length) {
      const row = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = columns;
      td.className = 'empty';
      td.textContent = emptyText;
      row.appendChild(td);
      body.appendChild(row);
      return [];
    }
    return rows.map(function (cells) {
      const row = document.createElement('tr');
      cells.forEach(function (c) { cell(row, c); });
      body.appendChild(row);
      return row;
    });
  }

  return { element: element, get: get, showError: showError, fill: fill };
})();
