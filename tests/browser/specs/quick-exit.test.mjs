// Quick exit in a real browser: the button, the skip link and Shift three
// times each empty the page before it leaves, and leave no page of the app
// in the history to go Back to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, load, watchExit, exitReport, NEUTRAL_URL, START_PAGE } from '../lib.mjs';

let b;
let reports;
before(async () => {
  b = await open({ locale: 'nl-NL' });
  reports = await watchExit(b.page);
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

test('Shift used for capitals, or interrupted by another key, does not exit', async () => {
  await visitAppAfterStartPage('/');
  const url = b.page.url();
  await b.page.keyboard.type('ABC');              // Shift as a modifier
  await b.page.keyboard.press('Shift');
  await b.page.keyboard.press('Shift');
  await b.page.keyboard.press('a');               // any other key resets
  await b.page.keyboard.press('Shift');
  await b.page.keyboard.press('Shift');
  await b.page.waitForTimeout(300);
  assert.equal(b.page.url(), url);
  assert.equal(await b.page.locator('.action-big').count(), 1);
  // ...and the third press now completes a fresh run of three.
  await b.page.keyboard.press('Shift');
  await b.page.waitForURL(NEUTRAL_URL, { timeout: 10_000 });
});
