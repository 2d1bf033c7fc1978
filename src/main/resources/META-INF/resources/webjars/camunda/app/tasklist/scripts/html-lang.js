/*
 * Betänketid: the page's language for screen readers, spell checking and hyphenation. Tasklist's index.html
 * (served from the webjar) says <html lang="en"> whatever the language it then shows; it shows Swedish when
 * the browser's first language is Swedish (locales in config.js), so the page then says lang="sv".
 */
const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
if (first.toLowerCase().split('-')[0] === 'sv') {
  document.documentElement.setAttribute('lang', 'sv');
}

export default [];
