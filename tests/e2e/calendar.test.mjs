// "Add the plan to your calendar": the download is a valid iCalendar file (read by an
// independent parser, ical.js) holding the plan the page shows, one all-day event per
// step with UIDs that do not change between downloads, for every verdict, under the
// strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { useBrowserAndDist, watch } from './harness.mjs';
import { complete, PATHS, started } from './widget.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const env = useBrowserAndDist({
  pages: {
    '/plan.html': {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plan</title>
<link rel="icon" href="data:,"></head><body><div id="w"></div>
<script type="module" src="embed.js" data-target="#w" data-storage-key="acme-plan" data-load="eager"></script></body></html>`,
      headers: { 'Content-Security-Policy': CSP },
    },
  },
});

/** Clicks the calendar button and returns the downloaded file's name and text. */
async function download(tab) {
  const [file] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: 'Add the plan to your calendar' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** What the page shows of the plan: each step's id, date and title. */
function shownPlan(tab) {
  return tab.locator('li[data-plan-step]').evaluateAll((items) => items.map((li) => ({
    id: li.dataset.planStep,
    date: li.querySelector('time').getAttribute('datetime'),
    title: li.querySelector('strong').textContent,
    text: li.querySelector('p').textContent,
  })));
}

/** The events of an iCalendar text, read by ical.js. */
function events(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
    };
  });
}

for (const [name, path] of Object.entries(PATHS)) {
  test(`the calendar file holds the plan on show: ${name}`, async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    const problems = watch(tab);
    await tab.goto(`${env.server.url}plan.html`);
    await started(tab);
    await complete(tab, path);

    const first = await download(tab);
    assert.equal(first.name, 'ai-90-day-plan.ics');
    assert.match(first.text, /^BEGIN:VCALENDAR\r\n/);
    assert.ok(first.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines fold at 75 octets');
    assert.doesNotMatch(first.text.replaceAll('\r\n', ''), /\n/, 'every line ends in CRLF');

    const shown = await shownPlan(tab);
    const read = events(first.text);
    assert.equal(read.length, shown.length);
    read.forEach((event, i) => {
      const step = shown[i];
      assert.equal(event.uid, `${step.id}.acme-plan@ai-sequencing-diagnostic`);
      assert.equal(event.allDay, true, step.id);
      assert.equal(event.start, step.date);
      const next = new Date(`${step.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      assert.equal(event.end, next.toISOString().slice(0, 10), 'an all-day event ends the next day');
      assert.equal(event.summary, step.title);
      assert.equal(event.description, step.text);
    });

    // A second download names the same events, so a calendar updates them.
    const second = await download(tab);
    assert.deepEqual(events(second.text).map((e) => e.uid), read.map((e) => e.uid));
    assert.deepEqual(problems, []);
    await context.close();
  });
}
