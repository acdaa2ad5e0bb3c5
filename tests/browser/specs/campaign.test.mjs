// Campaign links, the school kit, printing, and the web version offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, load, seedSettings } from '../lib.mjs';

let b;
before(async () => { b = await open({ locale: 'nl-NL' }); });
after(async () => { await b.close(); });

async function follow(path) {
  await seedSettings(b.page, b.url, { exit_info_seen: true });
  await b.page.goto(b.url + path);
  await b.page.waitForSelector('#app header .quick-exit');
}

test('a campaign link lands on its section in its language', async () => {
  for (const [path, landing, lang] of [
    ['/c/1/pupils/en', '/', 'en'],
    ['/c/1/parents/ar/mavo-noord', '/info/relatives', 'ar'],
    ['/c/1/staff/tr/GGD-west-2026', '/info/schools', 'tr'],
  ]) {
    await follow(path);
    await b.page.waitForFunction((p) => location.pathname === p, landing);
    await b.page.waitForFunction((l) => document.getElementById('app')?.getAttribute('lang') === l, lang);
    assert.equal(await b.page.locator('.action-big').first().getAttribute('href'), 'tel:08000188', path);
  }
});

test('malformed or hostile links open Start, never anything else', async () => {
  for (const path of ['/c/9/pupils/nl', '/c/1/everyone/nl', '/c/1/pupils/xx', '/c/1/pupils/nl/%3Cscript%3E', '/c/1/pupils/nl/a/b/c', '/c/']) {
    await follow(path);
    await b.page.waitForFunction(() => location.pathname === '/');
    assert.equal(await b.page.locator('.action-big').count(), 1, path);
  }
});

test('the kit makes a link and QR code, and copies the link', async () => {
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.url });
  await follow('/kit');
  await b.page.locator('input[name=audience][value=staff]').check();
  await b.page.locator('#kit-language').selectOption('en');
  await b.page.fill('#kit-code', 'school-42');
  const expected = `${b.url}/c/1/staff/en/school-42`;
  await b.page.waitForFunction((u) => document.querySelector('.kit-link code')?.textContent === u, expected);
  assert.equal(await b.page.locator('svg.kit-qr').count(), 1);
  await b.page.locator('.share button', { hasText: 'kopiëren' }).click();
  await b.page.locator('.share [role=status]').waitFor();
  assert.equal(await b.page.evaluate(() => navigator.clipboard.readText()), expected);
  await b.page.fill('#kit-code', 'Jan de Vries');
  await b.page.locator('.kit-code ~ .message, p.message').first().waitFor();
  assert.equal(await b.page.locator('.kit-link').count(), 0, 'no link with a name in it');
});

test('the poster prints to an A4 PDF that carries the number and the link', async () => {
  await follow('/kit');
  await b.page.locator('#kit-language').selectOption('en');
  await b.page.locator('a', { hasText: 'Poster' }).click();
  await b.page.waitForSelector('.poster-number');
  const dir = mkdtempSync(join(tmpdir(), 'poster-'));
  const pdf = join(dir, 'poster.pdf');
  writeFileSync(pdf, await b.page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  assert.match(text, /0800-0188/);
  assert.match(text, /Save this number in your phone/);
  assert.match(text, /\/c\/1\/pupils\/en/);
  assert.doesNotMatch(text, /Exit now|Snel weg/, 'the app header does not print');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())[1]);
  assert.equal(pages, 1, 'one A4 page');
});

test('after one visit the web version opens with the network cut off', async () => {
  const c = await open({ locale: 'nl-NL', route: false });
  try {
    await load(c.page, c.url, '/');
    await c.page.evaluate(() => navigator.serviceWorker.ready);
    await c.page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('een-entree-')));
    await c.context.setOffline(true);
    await c.page.reload();
    await c.page.waitForSelector('.action-big', { timeout: 15_000 });
    assert.equal(await c.page.locator('.action-big').getAttribute('href'), 'tel:08000188');
    // A deep address works offline too (the cached app handles the route).
    await c.page.goto(c.url + '/find');
    await c.page.waitForSelector('#locator-query');
    // A language that is not built in comes from the service worker's copy.
    await c.page.locator('header .language-switch').selectOption('fa');
    await c.page.waitForFunction(() => document.getElementById('app')?.getAttribute('lang') === 'fa', null, { timeout: 15_000 });
    assert.equal(await c.page.locator('.language-problem').count(), 0);
    await c.context.setOffline(false);
  } finally {
    await c.close();
  }
});

test('the web manifest makes the app installable', async () => {
  await follow('/');
  const href = await b.page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await b.page.request.get(b.url + href)).json();
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  assert.equal(manifest.start_url, '/');
  const cookies = await b.context.cookies();
  assert.deepEqual(cookies, [], 'no cookies');
});
