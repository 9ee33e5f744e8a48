// The widget's milestones as performance marks, which the benchmark and the tests read. A
// browser keeps every mark until the page clears it, and a framework that inserts and
// removes the widget on every route change would pile up two a visit (about 135 bytes
// each in Chromium): past KEPT of one name, that name's marks are cleared first.
const KEPT = 20;

/** Marks the milestone `name` now, keeping at most KEPT marks of that name. */
export function mark(name) {
  if (performance.getEntriesByName(name, 'mark').length >= KEPT) performance.clearMarks(name);
  performance.mark(name);
}
