// Language: taken from the browser, switched in Settings, remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, load } from '../lib.mjs';

test('the browser language picks the texts', async () => {
  for (const [locale, heading, lang] of [['en-GB', 'Help after sexual violence', 'en'], ['nl-NL', 'Hulp na seksueel geweld', 'nl']]) {
    const b = await open({ locale });
    try {
      await load(b.page, b.url, '/');
      assert.equal(await b.page.locator('h1').innerText(), heading);
      assert.equal(await b.page.locator('#app').getAttribute('lang'), lang);
      assert.equal(await b.page.locator('#app').getAttribute('dir'), 'ltr');
    } finally {
      await b.close();
    }
  }
});

test('switching language in Settings changes the texts and is remembered', async () => {
  const b = await open({ locale: 'nl-NL' });
  try {
    await load(b.page, b.url, '/settings');
    assert.equal(await b.page.locator('h1').innerText(), 'Instellingen');
    await b.page.locator('button.language[data-tag="en"]').click();
    await b.page.waitForFunction(() => document.querySelector('h1')?.innerText === 'Settings');
    assert.equal(await b.page.locator('button.language[data-tag="en"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await b.page.locator('header .quick-exit').innerText(), 'Exit now');
    await b.page.reload();
    await b.page.waitForSelector('header .quick-exit');
    assert.equal(await b.page.locator('h1').innerText(), 'Settings');
  } finally {
    await b.close();
  }
});

// The web build embeds Dutch and English only; the others are files beside
// it, fetched from the app's own site when chosen.
test('a language beyond Dutch and English is fetched from the site once, when chosen', async () => {
  const b = await open({ locale: 'nl-NL', serviceWorkers: 'block' });
  try {
    const fetched = [];
    b.page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/locales/')) fetched.push(new URL(r.url()).pathname); });
    await load(b.page, b.url, '/settings');
    assert.deepEqual(fetched, [], 'Dutch needs no file');
    await b.page.locator('header .language-switch').selectOption('ar');
    await b.page.waitForFunction(() => document.getElementById('app')?.getAttribute('lang') === 'ar');
    assert.equal(await b.page.locator('#app').getAttribute('dir'), 'rtl');
    assert.match(await b.page.locator('h1').innerText(), /[\u0600-\u06FF]/, 'the heading is in Arabic');
    await b.page.locator('header .home-link').click();
    await b.page.waitForSelector('h1');
    assert.deepEqual(fetched, ['/locales/ar.ftl']);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('when a language cannot be fetched the app stays in English, says so, loses nothing and retries when chosen again', async () => {
  const b = await open({ locale: 'nl-NL', serviceWorkers: 'block' });
  try {
    await b.page.route('**/locales/uk.ftl', (r) => r.abort());
    await load(b.page, b.url, '/settings');
    await b.page.locator('header .language-switch').selectOption('uk');
    await b.page.waitForFunction(() => document.querySelector('.language-problem'), null, { timeout: 10_000 });
    const line = await b.page.locator('.language-problem').innerText();
    assert.match(line, /Українська/);
    assert.match(line, /English/);
    assert.equal(await b.page.locator('#app').getAttribute('lang'), 'en');
    assert.equal(await b.page.locator('h1').innerText(), 'Settings');
    assert.equal(await b.page.locator('header .language-switch').inputValue(), 'en', 'the choice shows what is on screen');
    assert.equal(await b.page.locator('header .quick-exit').innerText(), 'Exit now', 'quick exit is there as always');

    await b.page.unroute('**/locales/uk.ftl');
    await b.page.locator('header .language-switch').selectOption('uk');
    await b.page.waitForFunction(() => document.getElementById('app')?.getAttribute('lang') === 'uk');
    assert.equal(await b.page.locator('.language-problem').count(), 0);
    assert.match(await b.page.locator('h1').innerText(), /[\u0400-\u04FF]/, 'the heading is in Ukrainian');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
