// Quick exit in a real browser: the button, the skip link and Shift three
// times each empty the page before it leaves, and leave no page of the app
// in the history to go Back to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, load, watchExit, exitReport, NEUTRAL_URL, START_PAGE } from '../lib.mjs';

let b;
let reports;
let afterKeys;
before(async () => {
  b = await open({ locale: 'nl-NL' });
  reports = await watchExit(b.page);
  // After each key release the app's documents report what they show:
  // 'cover' once a quick exit has begun (the app covers everything before
  // it leaves), else 'app'. The report is read in a timer task set as the
  // release arrives, before the app's own listener: it runs after the
  // release and its microtasks, maybe after later keys too (then it shows
  // a later state, never an earlier one).
  afterKeys = [];
  await b.page.exposeFunction('reportAfterKey', (r) => afterKeys.push(r));
  await b.page.addInitScript(() => {
    if (location.hostname !== '127.0.0.1') return;
    let seq = 0;
    addEventListener('keyup', () => {
      const n = ++seq;
      setTimeout(() => window.reportAfterKey({
        doc: performance.timeOrigin, seq: n, shown: document.querySelector('#app .cover') ? 'cover' : 'app',
      }), 0);
    }, true);
  });
});
after(async () => { await b.close(); });

/** Visits a non-app page first, so that Back has somewhere to go. */
async function visitAppAfterStartPage(path = '/helplines') {
  reports.length = 0;
  await b.page.goto(b.url + START_PAGE);
  await load(b.page, b.url, path);
}

async function expectLeftCleanly() {
  await b.page.waitForURL(NEUTRAL_URL, { timeout: 10_000 });
  assert.match(await b.page.content(), /Het weer vandaag/);
  const clean = await exitReport(reports, 'clean');
  assert.ok(clean, `the app's DOM was emptied before leaving: ${JSON.stringify(reports)}`);
  for (const r of reports.filter((r) => r.kind === 'unload')) {
    assert.deepEqual(r.left, [], 'nothing sensitive in the DOM at unload');
  }
  // The app's entry was replaced: Back goes to the page before the app.
  await b.page.goBack();
  assert.equal(new URL(b.page.url()).pathname, START_PAGE);
}

test('the exit button empties the page and replaces the history entry', async () => {
  await visitAppAfterStartPage();
  await b.page.locator('header .quick-exit').click();
  await expectLeftCleanly();
});

test('the skip link does the same, from the keyboard', async () => {
  await visitAppAfterStartPage('/');
  await b.page.keyboard.press('Tab');
  assert.equal(await b.page.evaluate(() => document.activeElement.className), 'skip-exit');
  await b.page.keyboard.press('Enter');
  await expectLeftCleanly();
});

test('Shift pressed three times exits', async () => {
  await visitAppAfterStartPage('/settings');
  for (let i = 0; i < 3; i++) await b.page.keyboard.press('Shift');
  await expectLeftCleanly();
});

/** The document the page shows now (its time origin tells it from the ones before). */
async function currentDocument() {
  return b.page.evaluate(() => performance.timeOrigin);
}

/**
 * What document `doc` showed after each of its first `n` key releases, in
 * order: waits (up to 10 s) for their reports. The app answers a key
 * release within the step that delivers it (the page's listener, the
 * core's task and the render run in its microtasks: the exit below has its
 * cover up in the report of its very key), so the report of the last key
 * is the app's answer to every key so far, with no time allowed for it.
 */
async function shownAfterKeys(doc, n) {
  const mine = () => afterKeys.filter((r) => r.doc === doc && r.seq <= n).sort((x, y) => x.seq - y.seq);
  for (let waited = 0; waited < 10_000 && mine().length < n; waited += 50) {
    await new Promise((done) => setTimeout(done, 50));
  }
  return mine().map((r) => r.shown);
}

test('Shift used for capitals, or interrupted by another key, does not exit', async () => {
  await visitAppAfterStartPage('/');
  const url = b.page.url();
  const doc = await currentDocument();
  await b.page.keyboard.type('ABC');              // Shift as a modifier
  await b.page.keyboard.press('Shift');
  await b.page.keyboard.press('Shift');
  await b.page.keyboard.press('a');               // any other key resets
  await b.page.keyboard.press('Shift');
  await b.page.keyboard.press('Shift');
  const shown = await shownAfterKeys(doc, 8);
  assert.equal(shown.length, 8, `a report for every key release: ${shown}`);
  assert.deepEqual(shown.filter((s) => s !== 'app'), [], `no exit began after any of the keys: ${shown}`);
  assert.equal(b.page.url(), url);
  assert.equal(await b.page.locator('.action-big').count(), 1);
  // ...and the third press now completes a fresh run of three: the exit
  // has begun in the report of that very key.
  await b.page.keyboard.press('Shift');
  assert.equal((await shownAfterKeys(doc, 9))[8], 'cover', 'the exit begins as the key is handled');
  await b.page.waitForURL(NEUTRAL_URL, { timeout: 10_000 });
});
