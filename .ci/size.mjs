// The size report: raw and GNU `gzip -9` bytes of each set of files in .ci/size-sets.mjs,
// read from dist/ (or $DIST), and the figures the project is judged by, side by side.
// With --first-budget, --widget-budget and --page-budget BYTES, exits non-zero when the
// first question's, the whole widget's or the standalone page's gzip total is over it.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SETS } from './size-sets.mjs';

// What the standalone page's figure is being brought down to (90 KB), and the ceiling it
// is to stay under on the way (96 KB): both goals, printed, not yet enforced (the test
// command's --page-budget is what it enforces today).
const PAGE_TARGET = 92160;
const PAGE_CEILING = 98304;

const dist = process.env.DIST ?? 'dist';
const budgets = { firstQuestion: undefined, wholeWidget: undefined, standalonePage: undefined };
const args = process.argv.slice(2);
while (args.length) {
  const [flag, value] = args.splice(0, 2);
  const set = { '--first-budget': 'firstQuestion', '--widget-budget': 'wholeWidget', '--page-budget': 'standalonePage' }[flag];
  if (!set || !/^\d+$/.test(value ?? '')) {
    console.error('usage: size.sh [--first-budget BYTES] [--widget-budget BYTES] [--page-budget BYTES]');
    process.exit(2);
  }
  budgets[set] = Number(value);
}

const bytes = (n) => n.toLocaleString('en-US');
const gzipped = (path) => execFileSync('gzip', ['-9', '-c', path]).length;

const totals = {};
for (const [name, { title, files }] of Object.entries(SETS)) {
  const rows = files.map((file) => {
    const path = join(dist, file);
    if (!existsSync(path)) {
      console.error(`missing ${path}: build first`);
      process.exit(1);
    }
    return { file, raw: statSync(path).size, gzip: gzipped(path) };
  });
  const raw = rows.reduce((sum, row) => sum + row.raw, 0);
  const gzip = rows.reduce((sum, row) => sum + row.gzip, 0);
  totals[name] = gzip;
  console.log(`\n${title}:\n${'file'.padEnd(22)}${'raw'.padStart(10)}${'gzip-9'.padStart(10)}`);
  for (const row of rows) {
    const share = Math.floor((row.gzip * 100) / gzip);
    console.log(`${row.file.padEnd(22)}${String(row.raw).padStart(10)}${String(row.gzip).padStart(10)}  ${String(share).padStart(3)}% of gzip total`);
  }
  console.log(`${'total'.padEnd(22)}${String(raw).padStart(10)}${String(gzip).padStart(10)}  (${(gzip / 1024).toFixed(1)} KB gzip)`);
}

const page = totals.standalonePage;
console.log(`\nFigures (gzip -9 bytes): the first question ${bytes(totals.firstQuestion)}; the standalone page / until aisd:ready ${bytes(page)} (ceiling ${bytes(PAGE_CEILING)}: ${page > PAGE_CEILING ? `${bytes(page - PAGE_CEILING)} over` : 'met'}; target ${bytes(PAGE_TARGET)}: ${page > PAGE_TARGET ? `${bytes(page - PAGE_TARGET)} to go` : 'met'})`);

let failed = false;
for (const [name, limit] of Object.entries(budgets)) {
  if (limit === undefined) continue;
  if (totals[name] > limit) {
    console.error(`SIZE BUDGET EXCEEDED (${name}): ${totals[name]} bytes gzip > ${limit} bytes`);
    failed = true;
  } else {
    console.log(`size budget ok (${name}): ${totals[name]} <= ${limit} bytes gzip -9`);
  }
}
process.exit(failed ? 1 : 0);
