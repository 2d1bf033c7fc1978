/*
 * Betänketid: Swedish texts for the Camunda Forms (form-js) that Tasklist 7.24 renders.
 *
 * form-js has no translation mechanism: its validation messages ("Field is required."), the select
 * placeholder ("Select") and the dynamic list's "Add new" are fixed English strings. Tasklist loads this module through `customScripts` in config.js; it rewrites those strings in
 * the page as form-js renders them. Labels, descriptions and option texts come from our forms (Swedish).
 * Dates are textfields with the pattern ÅÅÅÅ-MM-DD (form-js's own date picker reads only the American month-first order): a
 * mismatch gets the same message, naming the field, as the server gives. See docs/locale-sv.md.
 */
const EXACT = {
  'Field is required.': 'Fältet måste fyllas i.',
  'Field must be a valid email.': 'Ange en giltig e-postadress.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Ange ett giltigt internationellt telefonnummer (t.ex. +46701234567).',
  'Date and time must both be entered.': 'Både datum och tid måste anges.',
  'Select': 'Välj',
  'Add new': 'Lägg till',
  'No results': 'Inga träffar',
  'All values selected': 'Alla värden är valda',
  'Search': 'Sök'
};

/** The pattern of our date fields (forms/*.form: textfield, properties.format = date). */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const PATTERNS = [
  [/^Field must match pattern .*\.$/, () => 'Fältet har fel format.'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `Värdet måste vara minst ${m[1]}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `Värdet får vara högst ${m[1]}.`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `Fältet måste ha minst ${m[1]} tecken.`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `Fältet får ha högst ${m[1]} tecken.`],
  [/^Remove list item (\d+)$/, (m) => `Ta bort rad ${m[1]}`]
];

/** The label of the form-js field that holds {@code node}, without the required marker. */
function fieldLabel(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  const field = element && element.closest('.fjs-form-field');
  const label = field && field.querySelector('label.fjs-form-field-label');
  return label ? label.textContent.replace('*', '').trim() : null;
}

function translate(text, node) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (trimmed === 'Field must match pattern ' + DATE_PATTERN + '.') {
    const label = node && fieldLabel(node);
    return text.replace(trimmed, (label ? `Fältet "${label}"` : 'Fältet')
      + ' är inte ett giltigt datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-06-05.');
  }
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, swedish] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, swedish(match));
    }
  }
  return null;
}

function translateTextNode(node) {
  const swedish = translate(node.data, node);
  if (swedish !== null && swedish !== node.data) {
    node.data = swedish;
  }
}

function translateAttributes(element) {
  for (const name of ['placeholder', 'aria-label', 'title']) {
    const value = element.getAttribute && element.getAttribute(name);
    const swedish = value && translate(value);
    if (swedish !== null && swedish !== undefined && swedish !== value) {
      element.setAttribute(name, swedish);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateTextNode(node);
    } else {
      translateAttributes(node);
    }
  }
}

function insideForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest && element.closest('.fjs-container');
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach((node) => insideForm(node) && translateTree(node));
    } else if (mutation.type === 'characterData') {
      insideForm(mutation.target) && translateTextNode(mutation.target);
    } else if (mutation.type === 'attributes') {
      insideForm(mutation.target) && translateAttributes(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder', 'aria-label', 'title']
});

export default [];
