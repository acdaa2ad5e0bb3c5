// The Content-Security-Policy (issue 16): every screen of the app runs
// under it without a single violation (the app's scripts are files of the
// site, its two inline styles and the boot script are hashed), and a script
// injected into the page is refused. serve.mjs sends the build's _headers,
// so every other spec runs under the same policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, load } from '../lib.mjs';

const PASSPHRASE = 'seven green herons at noon';

let b;
let violations;
before(async () => {
  b = await open({ locale: 'nl-NL' });
  violations = [];
  await b.page.exposeFunction('reportViolation', (v) => violations.push(v));
  await b.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportViolation?.({ page: location.pathname, directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
});
after(async () => { await b.close(); });

test('the pages and the host headers carry the policy', async () => {
  const res = await b.page.goto(b.url + '/helplines');
  const h = res.headers();
  assert.match(h['content-security-policy'], /frame-ancestors 'none'/);
  assert.match(h['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(h['content-security-policy'], /unsafe-inline|'unsafe-eval'/);
  assert.equal(h['referrer-policy'], 'no-referrer');
  assert.equal(h['x-content-type-options'], 'nosniff');
  const meta = await b.page.evaluate(() => ({
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
    referrer: document.querySelector('meta[name="referrer"]')?.content,
  }));
  for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "connect-src 'self'"]) {
    assert.ok(meta.csp.includes(d), `${d} in ${meta.csp}`);
  }
  assert.equal(meta.referrer, 'no-referrer');
});

test('no screen breaks the policy', async () => {
  violations.length = 0;
  await load(b.page, b.url, '/');
  const info = await b.page.$$eval('a[href^="/info/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
  const paths = ['/', '/find', '/find/all', '/helplines', '/diary', '/settings', '/quick-exit', '/about', '/kit',
    '/kit/poster', '/kit/cards', '/no/such/page', '/c/1/staff/pl', ...info];
  for (const path of paths) {
    await load(b.page, b.url, path);
  }
  // A search, a language fetched from the site (connect-src), reading aloud's probe.
  await load(b.page, b.url, '/find');
  await b.page.locator('#content input').first().fill('3511');
  await b.page.keyboard.press('Enter');
  await b.page.locator('.language-switch').selectOption('uk');
  await b.page.waitForFunction(() => document.documentElement.lang === 'uk');
  await b.page.locator('.language-switch').selectOption('nl');
  assert.deepEqual(violations, []);
  assert.deepEqual(b.errors, []);
});

test('the diary (its worker, its wasm) and the printed report run under it', async () => {
  violations.length = 0;
  const p = b.page;
  await load(p, b.url, '/diary');
  await p.locator('#diary-passphrase').fill(PASSPHRASE);
  await p.locator('#diary-repeat').fill(PASSPHRASE);
  await p.locator('.diary-understood input').check();
  await p.locator('.diary-create button[type="submit"]').click();
  await p.waitForSelector('.diary-lock', { timeout: 60_000 });
  await p.locator('.diary-report').click();
  await p.locator('.diary-print').click();
  await p.waitForFunction(() => document.querySelector('#diary-print-host iframe')?.contentDocument?.getElementById('verification'));
  // The report's own style applies in the frame (its hash is in the policy).
  const font = await p.evaluate(() => {
    const doc = document.querySelector('#diary-print-host iframe').contentDocument;
    return doc.defaultView.getComputedStyle(doc.body).maxWidth;
  });
  assert.notEqual(font, 'none', 'the report is styled');
  assert.deepEqual(violations, []);
});

test('a script injected into the page is refused', async () => {
  violations.length = 0;
  await load(b.page, b.url, '/');
  const ran = await b.page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.body.append(s);
    const d = document.createElement('div');
    d.innerHTML = '<img src="x" onerror="window.__injected = true">';
    document.body.append(d);
    await new Promise((r) => setTimeout(r, 300));
    let evaluated = false;
    try { evaluated = (0, eval)('true'); } catch (e) { /* refused */ }
    return { injected: window.__injected === true, evaluated };
  });
  assert.deepEqual(ran, { injected: false, evaluated: false });
  const directives = violations.map((v) => v.directive);
  assert.ok(directives.includes('script-src-elem'), JSON.stringify(violations));
  assert.ok(directives.includes('script-src') || directives.includes('script-src-attr'), JSON.stringify(violations));
});
