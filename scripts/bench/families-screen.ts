/**
 * `npm run bench`, families section: 20,000 families seeded through the repository in one transaction,
 * then the families screen timed in real Chromium against browser mode (opening Village in a new tab,
 * opening Families from the sidebar, keystrokes in search), and the search done in SQL vs in memory for
 * the same data.
 */

import { performance } from 'node:perf_hooks';
import { matchesRosterSearch, prepareRosterRow, rosterSearch } from '../../shared/domain/families/roster-filter';
import { openDatabase } from '../../electron/core/db/open-database';
import { FamiliesRepository } from '../../electron/core/families/families-repository';
import { FamilyRoster } from '../../electron/core/families/family-roster';
import { seedFamilies } from './seed-families';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchChromium, startBrowserMode } from '../../tests/support/browser-mode';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const p90 = sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))]!;
  return `median ${median(samples).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (n=${samples.length})`;
}

function time(runs: number, work: () => unknown): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
}

/**
 * Runs in the page (as text: this file is type-checked without the DOM library). Records, for each key
 * press, the time from the keydown to the next frame after React changed the page (the frame starts:
 * its animation callbacks run before its style, layout and paint), and to the end of that frame's work
 * on the page's thread (a message posted from the frame's callback runs once style, layout and paint
 * are done).
 */
const WATCH_KEYS = `(() => {
  const state = { pressedAt: 0, samples: [], drawn: [] };
  window.__benchKeys = state;
  document.addEventListener('keydown', () => (state.pressedAt = performance.now()), { capture: true });
  new MutationObserver(() => {
    const pressedAt = state.pressedAt;
    if (pressedAt === 0) return;
    state.pressedAt = 0;
    requestAnimationFrame(() => {
      state.samples.push(performance.now() - pressedAt);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => state.drawn.push(performance.now() - pressedAt);
      channel.port2.postMessage(0);
    });
  }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
})()`;
const KEY_SAMPLES = 'window.__benchKeys.samples';
const DRAWN_SAMPLES = 'window.__benchKeys.drawn';

/** Runs in the page: clicks Families in the sidebar; resolves with the time to the next "rows shown" mark. */
const SWITCH_TO_FAMILIES = `new Promise((resolve) => {
  const before = performance.getEntriesByName('village:families-rows-shown').length;
  const clickedAt = performance.now();
  const poll = () => {
    const marks = performance.getEntriesByName('village:families-rows-shown');
    if (marks.length > before) resolve(marks.at(-1).startTime - clickedAt);
    else requestAnimationFrame(poll);
  };
  document.querySelector('nav a[href="#/families"]').click();
  requestAnimationFrame(poll);
})`;

/** Every key changes the rows shown. */
const SAME_KEYS = ['k', 'o', 'Backspace', 'Backspace', '5', '5', '5', 'Backspace', 'Backspace', 'Backspace'];

/**
 * Presses each key in the search box and waits for the frame after the rows change. A key that changes
 * no row (the same families found) gives no sample: after a second it is counted as unchanged.
 */
async function pressKeys(
  page: Page,
  keys: string[],
): Promise<{ samples: number[]; drawn: number[]; pressed: number; unchanged: number }> {
  const start = await page.evaluate<number>(`${DRAWN_SAMPLES}.length`);
  let unchanged = 0;
  for (const key of keys) {
    const before = await page.evaluate<number>(`${DRAWN_SAMPLES}.length`);
    await page.keyboard.press(key);
    // A promise in the page rather than waitForFunction, which the page's CSP (no eval) can refuse.
    const sampled = await page.evaluate<boolean>(
      `new Promise((resolve) => { const until = performance.now() + 1000; const check = () => (${DRAWN_SAMPLES}.length > ${before} ? resolve(true) : performance.now() > until ? resolve(false) : requestAnimationFrame(check)); check(); })`,
    );
    if (!sampled) {
      unchanged += 1;
      // Not a keystroke's sample any more: a late change must not be timed from this key.
      await page.evaluate('window.__benchKeys.pressedAt = 0');
    }
  }
  const samples = (await page.evaluate<number[]>(KEY_SAMPLES)).slice(start);
  const drawn = (await page.evaluate<number[]>(DRAWN_SAMPLES)).slice(start);
  return { samples, drawn, pressed: keys.length, unchanged };
}

const VIEWPORT = { width: 1280, height: 800 };
const OPEN_KINDS = ['new tab', 'cold'] as const;
type OpenKind = (typeof OPEN_KINDS)[number];

interface OpenTiming {
  /** The frame after the first rows were committed (useRowsShownMarks). */
  shown: number;
  /** Every script of the page received (from the network or the cache). */
  arrived: number;
  /** The app's scripts (React DOM, TanStack, the screens) have run: start-app's mark. */
  evaluated: number;
  /** The last of the first screen's reads answered. */
  readsAnswered: number;
  scriptKb: number;
  /** Of which fetched over the network (0 when all came from the browser's cache). */
  fetchedKb: number;
}

/** Runs in the page (as text: this file is type-checked without the DOM library). */
const OPEN_TIMING = `JSON.stringify((() => {
  const scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js'));
  const shown = performance.getEntriesByName('village:families-rows-shown')[0];
  const reads = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api') && e.startTime < (shown?.startTime ?? 0));
  return {
    shown: shown?.startTime ?? NaN,
    arrived: Math.max(...scripts.map((e) => e.responseEnd)),
    evaluated: performance.getEntriesByName('village:app-evaluated')[0]?.startTime ?? NaN,
    readsAnswered: Math.max(...reads.map((e) => e.responseEnd)),
    scriptKb: Math.round(scripts.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024),
    fetchedKb: Math.round(scripts.reduce((sum, e) => sum + e.transferSize, 0) / 1024),
  };
})())`;

/** Runs in the page: when each script and read went out and came back, the marks and paints (BENCH_DETAIL=1). */
const OPEN_DETAIL =
  "JSON.stringify({ api: performance.getEntriesByType('resource').filter(e => " +
  "e.name.endsWith('/api')).map(e => [Math.round(e.startTime), " +
  'Math.round(e.responseStart), Math.round(e.responseEnd)]), js: ' +
  "performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js')).map(e " +
  '=> [Math.round(e.startTime), Math.round(e.responseEnd)]), dcl: ' +
  "Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd), " +
  "marks: performance.getEntriesByType('mark').map(e => e.name.replace('village:', '') + ' ' + " +
  'Math.round(e.startTime)), ' +
  "paint: performance.getEntriesByType('paint').map(e => e.name + ' ' + Math.round(e.startTime)) })";

export async function benchFamilies(tempDb: () => string): Promise<void> {
  const COUNT = 20_000;
  const file = tempDb();
  const db = openDatabase(file);
  const seeded = seedFamilies(db, COUNT);
  console.log(
    `Families (${COUNT.toLocaleString('en')} families, ` +
      `${db.prepare('SELECT count(*) FROM kids').pluck().get()} kids, seeded through the repository in one transaction in ${(seeded / 1000).toFixed(1)} s)`,
  );

  const roster = new FamilyRoster(db);
  const repo = new FamiliesRepository(db);
  const rows = roster.rows();
  console.log(`  families.roster in the core (SQL)     ${summary(time(5, () => roster.rows()))}`);
  console.log(`  roster as JSON                        ${(JSON.stringify(rows).length / 1024 / 1024).toFixed(1)} MB`);
  // Where should a keystroke's search run? The same searches, in SQL (families.list) and in memory.
  const searches = ['m', 'ma', 'mar', 'mart', 'martin', 'ivy', '555-20'];
  const sqlSamples = searches.flatMap((term) => time(3, () => repo.list(term)));
  const prepared = rows.map(prepareRosterRow);
  const memorySamples = searches.flatMap((term) =>
    time(3, () => {
      const searching = rosterSearch(term);
      return prepared.filter((row) => matchesRosterSearch(row, searching));
    }),
  );
  console.log(`  search in SQL (families.list)         ${summary(sqlSamples)}  (+ IPC/HTTP and JSON of the result)`);
  console.log(
    `  search in memory (roster-filter)      ${summary(memorySamples)}  (prepared once in ${time(1, () => rows.map(prepareRosterRow))[0]!.toFixed(1)} ms)`,
  );
  db.close();

  if (!chromiumAvailable) {
    console.log('  (Chromium not found: skipping the screen timings)');
    return;
  }
  const app = await startBrowserMode(file);
  const browser = await launchChromium();
  try {
    // Two ways to open Village, interleaved so both see the same load: a new tab in the browser she already
    // has Village open in (the scripts come from its cache, with V8's code cache once they have run twice),
    // and a cold open in a fresh browser profile (nothing cached: every script fetched and compiled).
    const opens: Record<OpenKind, OpenTiming[]> = { 'new tab': [], cold: [] };
    const everything: number[] = [];
    const sameBrowser = await browser.newContext({ viewport: VIEWPORT });
    const firstTab = await sameBrowser.newPage();
    await firstTab.goto(app.launchUrl);
    await firstTab.locator('tbody .row-open').first().waitFor();
    const runs = Number(process.env.BENCH_OPENS ?? 5);
    let page = firstTab;
    for (let run = 0; run < runs; run += 1) {
      for (const kind of run % 2 === 0 ? OPEN_KINDS : [...OPEN_KINDS].reverse()) {
        const tab = kind === 'cold' ? await browser.newPage({ viewport: VIEWPORT }) : await sameBrowser.newPage();
        await tab.goto(app.launchUrl);
        await tab.locator('tbody .row-open').first().waitFor();
        opens[kind].push(JSON.parse(await tab.evaluate<string>(OPEN_TIMING)) as OpenTiming);
        if (process.env.BENCH_DETAIL) console.log(`  (${kind}) ${await tab.evaluate<string>(OPEN_DETAIL)}`);
        await tab.locator('.page-subtitle', { hasText: /families$/ }).waitFor({ timeout: 60_000 });
        if (kind === 'cold')
          everything.push(
            await tab.evaluate<number>(
              "performance.getEntriesByName('village:families-all-shown')[0]?.startTime ?? NaN",
            ),
          );
        // The last new tab stays open for the sidebar and keystroke figures below.
        if (kind === 'new tab' && run === runs - 1) page = tab;
        else await tab.close();
      }
    }
    if (page !== firstTab) await firstTab.close();
    const figure = (kind: OpenKind, key: keyof OpenTiming) => summary(opens[kind].map((timing) => timing[key]));
    console.log(
      `  open Village in a new tab to first rows ${figure('new tab', 'shown')}  target ≤ 300 ms (same browser: scripts from its cache)`,
    );
    console.log(
      `  open Village cold to first rows       ${figure('cold', 'shown')}  target ≤ 300 ms (fresh browser profile: nothing cached)`,
    );
    for (const kind of OPEN_KINDS) {
      const kb = opens[kind].at(-1)!.scriptKb;
      console.log(`    … first reads answered (${kind}) ${figure(kind, 'readsAnswered')}`);
      console.log(
        `    … scripts arrived (${kind}, ${kb} KB of scripts, ${opens[kind].at(-1)!.fetchedKb} KB fetched) ${figure(kind, 'arrived')}`,
      );
      console.log(`    … app scripts evaluated (${kind})  ${figure(kind, 'evaluated')}`);
    }
    console.log(`  … to all families searchable          ${summary(everything)}`);

    // The organizer is on another screen and opens Families from the sidebar: from the click to the
    // frame with the first rows (the roster is asked for again, as on every visit).
    const switches: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      await page.getByRole('link', { name: 'Parks' }).click();
      await page.getByRole('heading', { name: 'Parks', level: 1 }).waitFor();
      switches.push(await page.evaluate<number>(SWITCH_TO_FAMILIES));
    }
    console.log(`  Families screen opened from the sidebar to first rows ${summary(switches)}  target < 300 ms`);
    await page.locator('.page-subtitle', { hasText: /families$/ }).waitFor({ timeout: 60_000 });
    const search = page.getByLabel('Search families');
    await search.focus();
    await page.evaluate(WATCH_KEYS);
    // The same ten keys five times: from the second round on, every answer and kid chip was seen before.
    const repeated = await pressKeys(page, Array.from({ length: 5 }, () => SAME_KEYS).flat());
    console.log(
      `  keystroke in search to rows (Chromium) ${summary(repeated.samples)}  target ≤ 16 ms (one frame at 60 Hz)`,
    );
    console.log(`    … until that frame is laid out and painted ${summary(repeated.drawn)}`);
    // New words each round, as an organizer types: each round's families (their search, their chips'
    // measuring) are new to the page; only a backspace comes back to a search made in the same round.
    // Each letter and digit of these changes the first rows of the seeded roster sorted by parent, and
    // finds some family ("No family matches" would time taking the table away, not updating it).
    const fresh = await pressKeys(
      page,
      ['iv', '402', 'ki', '917', '3055', '28', '716', '61'].flatMap((word) => [
        ...word,
        ...Array.from(word, () => 'Backspace'),
      ]),
    );
    console.log(
      `    … new words each round               ${summary(fresh.samples)}  (${fresh.unchanged} of ${fresh.pressed} keys changed no row: not counted)`,
    );
    console.log(`    … new words, until laid out and painted ${summary(fresh.drawn)}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}
