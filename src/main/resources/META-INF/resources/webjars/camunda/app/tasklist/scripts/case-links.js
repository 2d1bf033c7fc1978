/*
 * Betänketid: cases, not only tasks (package caseview, docs/cases.md).
 *
 * Tasklist loads this module through `customScripts` in config.js. It adds a link "Mina ärenden" (/cases) to
 * Tasklist's header, and after a start form is submitted it tells the person the new case's number, with a
 * link to the case page: Tasklist's own notification says only "Processen har startats."
 */
const LINK_ID = 'bt-cases-link';
const BANNER_ID = 'bt-case-started';

function addHeaderLink() {
  // the list of Tasklist's own header actions ("Skapa uppgift", "Starta process"), transcluded into the header;
  // until Angular has put it there, wait (the observer below calls again): a link put anywhere else in the
  // header takes a row of its own and pushes the header's items onto a second line
  const menu = document.querySelector('[cam-widget-header] ul[cam-if-logged-in]');
  if (!menu || menu.querySelector('#' + LINK_ID)) {
    return;
  }
  document.querySelectorAll('#' + LINK_ID).forEach((stale) => stale.closest('li')?.remove());
  const link = document.createElement('a');
  link.id = LINK_ID;
  link.href = '/cases';
  link.textContent = 'Mina ärenden';
  // like Tasklist's own items (li > view > a): a link directly in the li gets a taller box
  const item = document.createElement('li');
  const view = document.createElement('span');
  view.appendChild(link);
  item.appendChild(view);
  menu.insertBefore(item, menu.firstChild);
}

function showStarted(caseNumber) {
  let banner = document.getElementById(BANNER_ID);
  if (!banner) {
    banner = document.createElement('div');
    banner.id = BANNER_ID;
    banner.setAttribute('role', 'status');
    banner.style.cssText = 'position:fixed;top:60px;right:20px;z-index:2000;background:#e6f1e6;color:#1d4d1d;'
      + 'border:1px solid #1d4d1d;border-radius:4px;padding:12px 16px;max-width:420px;font-size:15px;';
    document.body.appendChild(banner);
  }
  banner.replaceChildren();
  banner.appendChild(document.createTextNode('Ärendet ' + caseNumber + ' har startats. '));
  const link = document.createElement('a');
  link.href = '/cases/' + encodeURIComponent(caseNumber);
  link.textContent = 'Visa ärendet';
  link.style.color = '#1d4d1d';
  link.style.fontWeight = '600';
  banner.appendChild(link);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Stäng';
  close.style.marginLeft = '12px';
  close.addEventListener('click', () => banner.remove());
  banner.appendChild(close);
}

const STARTS = /\/process-definition\/[^/]+\/(submit-form|start)$/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && STARTS.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      try {
        const started = JSON.parse(this.responseText);
        if (this.status < 300 && started && started.businessKey) {
          showStarted(started.businessKey);
        }
      } catch (notJson) {
        // not a start answer: nothing to tell
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

new MutationObserver(addHeaderLink).observe(document.documentElement, { childList: true, subtree: true });
addHeaderLink();

export default [];
