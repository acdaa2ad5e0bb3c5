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
