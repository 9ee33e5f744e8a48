// Google Tag Manager's data layer (data-datalayer / datalayer): one entry per aisd:* event
// of this widget, derived from the event itself so the two can never disagree, carrying
// ids only. Every entry sets all four aisd_* keys (undefined where the event has no
// value), so GTM's merged data model never mixes one moment's step with another's verdict.
import { EVENTS } from './contract.js';
import { warn } from './log.js';

function dataLayerFor(option) {
  let name = option || 'dataLayer';
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
    warn(`data-datalayer="${name}" is not a JavaScript name, so entries go to window.dataLayer. Leave it empty for dataLayer, or give the name your Google Tag Manager snippet uses.`);
    name = 'dataLayer';
  }
  try {
    globalThis[name] ??= [];
    if (Array.isArray(globalThis[name])) return globalThis[name];
  } catch {
    // A read-only or throwing global: the same answer as any other non-array below.
  }
  warn(`window.${name} already exists and is not an array, so no analytics entries are pushed. Set data-datalayer to the name your Google Tag Manager snippet uses.`);
  return null;
}

// Pushes `host`'s events to the layer named `name`; returns the function that stops.
export function pushToDataLayer(host, name) {
  const layer = dataLayerFor(name);
  if (!layer) return () => {};
  const push = ({ type, detail }) => {
    const list = (ids) => (Array.isArray(ids) ? ids.join(',') : undefined);
    layer.push({
      event: type.replace(':', '_'),
      aisd_step: detail?.step ?? 'result',
      aisd_verdict: detail?.verdict,
      aisd_reasons: list(detail?.reasons),
      aisd_warnings: list(detail?.warnings),
    });
  };
  for (const type of EVENTS) host.addEventListener(type, push);
  return () => {
    for (const type of EVENTS) host.removeEventListener(type, push);
  };
}
