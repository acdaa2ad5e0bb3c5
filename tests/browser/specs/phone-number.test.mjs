// A phone number never wraps, in any language (issue 14): at a small
// phone's width the big call button keeps 0800-0188 on one line, in Arabic
// (where it broke over two lines) and in every other language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { open, load, seedSettings } from '../lib.mjs';

const LOCALES_DIR = join(import.meta.dirname, '../../../locales');
const LANGS = readdirSync(LOCALES_DIR).filter((d) => statSync(join(LOCALES_DIR, d)).isDirectory()).sort();

let b;
before(async () => {
  b = await open({ locale: 'nl-NL' });
  await b.page.setViewportSize({ width: 320, height: 640 });
});
after(async () => { await b.close(); });

async function openIn(lang, path) {
  await seedSettings(b.page, b.url, { language: lang, exit_info_seen: true });
  await load(b.page, b.url, path);
  await b.page.waitForFunction((l) => document.getElementById('app')?.getAttribute('lang') === l, lang);
}

/** How many lines the number in the start screen's call button takes. */
async function numberLines() {
  const number = b.page.locator('.action-big .phone-number').first();
  await number.waitFor();
  return number.evaluate((el) => ({
    text: el.textContent,
    lines: el.getClientRects().length,
    width: document.documentElement.clientWidth,
  }));
}

test('in Arabic at phone width the call button keeps 0800-0188 on one line', async () => {
  await openIn('ar', '/');
  assert.equal(await b.page.locator('#app').getAttribute('dir'), 'rtl');
  const n = await numberLines();
  assert.equal(n.width, 320);
  assert.equal(n.text, '0800-0188');
  assert.equal(n.lines, 1, 'the number wraps');
  assert.equal(await b.page.locator('.action-big').first().getAttribute('href'), 'tel:08000188');
  // Even with far less room (a large system font, a narrower phone) the
  // number holds one line: without `white-space: nowrap` it breaks at the
  // hyphen here (measured: 2 lines).
  const tight = await b.page.locator('.action-big .phone-number').first().evaluate((el) => {
    el.closest('a').style.width = '140px';
    return el.getClientRects().length;
  });
  assert.equal(tight, 1, 'the number wraps when space is tight');
});

test('no language wraps the number at phone width', async () => {
  for (const lang of LANGS) {
    await openIn(lang, '/');
    const n = await numberLines();
    assert.equal(n.text, '0800-0188', lang);
    assert.equal(n.lines, 1, `${lang}: the number wraps`);
  }
});
