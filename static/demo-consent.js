// The consent wiring of demo-consent.html, as a site would write it in its own script
// file (the page's CSP forbids inline scripts). Google's Consent Mode v2 keeps its state in
// `dataLayer` through `gtag('consent', …)`; the widget follows the same choice through
// `setStorage` on its target element. No tag is loaded: this only shows the wiring.
window.dataLayer = window.dataLayer || [];
function gtag() {
  window.dataLayer.push(arguments);
}
gtag('consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', functionality_storage: 'denied' });

// The site remembers the visitor's choice itself, as consent platforms do (here in its own
// localStorage entry, which a consent record is allowed to be).
const CHOICE = 'larkspur-consent';

// Called by the banner's buttons (a consent platform calls the same from its callback).
function updateConsent(granted) {
  localStorage.setItem(CHOICE, granted ? 'granted' : 'denied');
  const state = granted ? 'granted' : 'denied';
  gtag('consent', 'update', { ad_storage: state, analytics_storage: state, functionality_storage: state });
  // Granted: the answers given so far are written at once. Withdrawn: erased everywhere.
  document.querySelector('#ai-diagnostic').setStorage(granted ? 'local' : 'consent');
}

document.addEventListener('DOMContentLoaded', () => {
  // A choice made on an earlier visit is applied on load, before the widget reads anything:
  // granted, it resumes where the visitor left off.
  if (localStorage.getItem(CHOICE) === 'granted') updateConsent(true);
  document.querySelector('#consent-accept').addEventListener('click', () => updateConsent(true));
  document.querySelector('#consent-decline').addEventListener('click', () => updateConsent(false));
});
