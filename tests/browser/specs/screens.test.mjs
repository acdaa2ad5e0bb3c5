// Every screen loads in a real browser, the call link is exact, unknown
// addresses get a friendly page, and the first run explains quick exit
// under the call button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, load } from '../lib.mjs';

/** Every phone number in the data the app is built from, as the tel: link it must become. */
function dataTelLinks() {
  const data = JSON.parse(readFileSync(new URL('../../../assets/data/helplines.json', import.meta.url), 'utf8'));
  return data.helplines.flatMap((h) => h.contacts)
    .filter((c) => c.kind === 'phone')
    .map((c) => `tel:${c.number.replace(/\D/g, '')}`);
}

let b;
before(async () => { b = await open({ locale: 'nl-NL' }); });
after(async () => { await b.close(); });

for (const path of ['/', '/helplines', '/settings', '/quick-exit', '/no/such/page']) {
  test(`${path} loads with the quick-exit controls and a heading`, async () => {
    await load(b.page, b.url, path);
    assert.ok(await b.page.locator('h1').first().isVisible(), 'a visible heading');
    assert.equal(await b.page.locator('header .quick-exit').count(), 1);
    // The skip link is the first focusable element of the page.
    await b.page.keyboard.press('Tab');
    assert.equal(await b.page.evaluate(() => document.activeElement.className), 'skip-exit');
    assert.deepEqual(b.errors, []);
  });
}

test('the call button is the largest element and dials exactly tel:08000188', async () => {
  await load(b.page, b.url, '/');
  const call = b.page.locator('.action-big').first();
  assert.equal(await call.getAttribute('href'), 'tel:08000188');
  assert.match(await call.innerText(), /0800-0188/);
  const box = await call.boundingBox();
  const callArea = box.width * box.height;
  assert.ok(callArea > 0, 'the call button is laid out');
  const chat = b.page.locator('.primary-actions .action-chat');
  assert.match(await chat.getAttribute('href'), /^https:\/\//);
  // Compare with the other links and buttons (paragraphs are text, not controls).
  const controls = await b.page.$$eval('#content a:not(.action-big), #content button', (els) =>
    els.map((e) => e.getBoundingClientRect().width * e.getBoundingClientRect().height));
  assert.ok(callArea > Math.max(...controls), `call ${callArea} vs largest other control ${Math.max(...controls)}`);
});

test('every helpline number is a tel: link with digits only', async () => {
  await load(b.page, b.url, '/helplines');
  const hrefs = await b.page.$$eval('.helpline a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href')));
  const expected = dataTelLinks();
  assert.ok(expected.length >= 8 && expected.includes('tel:08000188'), `numbers read from the data: ${expected}`);
  for (const tel of expected) {
    assert.ok(hrefs.includes(tel), `${tel} in ${hrefs}`);
  }
  assert.ok(hrefs.every((h) => /^tel:\d+$/.test(h)));
  assert.match(await b.page.locator('.call-log').innerText(), /gesprekken/);
});

test('an unknown address shows a friendly page with the call button, not a blank screen', async () => {
  await load(b.page, b.url, '/x/y/z');
  assert.match(await b.page.locator('h1').innerText(), /bestaat niet/);
  assert.equal(await b.page.locator('.action-big').getAttribute('href'), 'tel:08000188');
});

test('in-app navigation replaces the history entry instead of adding one', async () => {
  await load(b.page, b.url, '/');
  const before = await b.page.evaluate(() => history.length);
  await b.page.locator('.bottom-nav a', { hasText: 'Hulplijnen' }).click();
  await b.page.waitForURL(/\/helplines$/);
  await b.page.locator('.bottom-nav a', { hasText: 'Instellingen' }).click();
  await b.page.waitForURL(/\/settings$/);
  assert.equal(await b.page.evaluate(() => history.length), before);
});

test('the first run shows the call button first, then explains quick exit in a card that closes', async () => {
  const fresh = await open({ locale: 'nl-NL', introSeen: false });
  try {
    await load(fresh.page, fresh.url, '/');
    assert.equal(await fresh.page.locator('.action-big').getAttribute('href'), 'tel:08000188');
    assert.match(await fresh.page.locator('.exit-info.first-run h2').innerText(), /snel weg/i);
    const callFirst = await fresh.page.evaluate(() => Boolean(document.querySelector('.action-big')
      .compareDocumentPosition(document.querySelector('.first-run')) & Node.DOCUMENT_POSITION_FOLLOWING));
    assert.ok(callFirst, 'the call button comes before the explanation');
    await fresh.page.locator('.exit-info .confirm').click();
    await fresh.page.locator('.first-run').waitFor({ state: 'detached' });
    // Remembered: a reload shows no card.
    await fresh.page.reload();
    await fresh.page.waitForSelector('.action-big');
    assert.equal(await fresh.page.locator('.exit-info .confirm').count(), 0);
  } finally {
    await fresh.close();
  }
});
