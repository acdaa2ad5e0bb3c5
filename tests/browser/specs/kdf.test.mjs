// The passphrase's key derivation (scrypt) on the web runs in a Web Worker
// (/kdf-worker.js with /kdf.wasm), so the page, and quick exit, stay
// responsive while a diary is created or opened. The figures script measures
// how long the page's thread is blocked; these tests check that the worker is
// what does the work, with the same results, and that the diary still works
// when the worker cannot run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, load } from '../lib.mjs';

const SLOW = 60_000;
const PASSPHRASE = 'seven quiet lanterns';

async function create(p) {
  await load(p, p.__url, '/diary');
  await p.locator('#diary-passphrase').fill(PASSPHRASE);
  await p.locator('#diary-repeat').fill(PASSPHRASE);
  await p.locator('.diary-understood input').check();
  await p.locator('.diary-create button[type="submit"]').click();
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
}

async function unlock(p, passphrase) {
  await p.locator('#diary-unlock-passphrase').fill(passphrase);
  await p.locator('.diary-unlock button[type="submit"]').click();
}

async function withBrowser(run) {
  // No service worker: it would serve the worker's files from its cache,
  // past the routes of the second test.
  const b = await open({ locale: 'en-US', serviceWorkers: 'block' });
  b.page.__url = b.url;
  try {
    await run(b);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
}

test('creating and opening a diary derive the key in a worker: one to create, two to open (both slots, right or wrong passphrase)', async () => {
  await withBrowser(async (b) => {
    const p = b.page;
    const workers = [];
    p.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await create(p);
    assert.deepEqual(workers, ['/kdf-worker.js'], 'creating: one derivation (the decoy slot needs none)');

    await p.locator('.diary-lock').click();
    workers.length = 0;
    await unlock(p, 'not the passphrase');
    await p.waitForSelector('.diary [role="alert"]', { timeout: SLOW });
    assert.deepEqual(workers, ['/kdf-worker.js', '/kdf-worker.js'], 'both slots tried');
    assert.equal(await p.locator('.diary-lock').count(), 0, 'still locked');

    workers.length = 0;
    await p.waitForFunction(() => !document.querySelector('.diary-unlock button[type="submit"]')?.disabled, null, { timeout: SLOW });
    await unlock(p, PASSPHRASE);
    await p.waitForSelector('.diary-lock', { timeout: SLOW });
    // Both slots every time, so the real and the duress diary take the same time (SECURITY.md).
    assert.deepEqual(workers, ['/kdf-worker.js', '/kdf-worker.js'], 'the diary opens with two derivations');

    // An archive with a passphrase, and reading it back: one derivation each.
    workers.length = 0;
    await p.locator('#diary-archive-passphrase').fill('archive words here');
    await p.locator('#diary-archive-repeat').fill('archive words here');
    await p.locator('.diary-make-archive').click();
    const link = p.locator('.diary-download-link');
    await link.waitFor({ timeout: SLOW });
    const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    await p.locator('.diary-done').click();
    assert.deepEqual(workers, ['/kdf-worker.js'], 'exporting: one derivation');

    workers.length = 0;
    await p.locator('#diary-import-file').setInputFiles({ name: 'diary.age', mimeType: 'application/octet-stream', buffer: Buffer.concat(chunks) });
    await p.locator('#diary-import-passphrase').fill('archive words here');
    await p.locator('.diary-import-button').click();
    await p.waitForSelector('.diary-transfer [role="alert"]', { timeout: SLOW });
    assert.match(await p.locator('.diary-transfer [role="alert"]').innerText(), /restored/, 'the archive opened');
    assert.deepEqual(workers, ['/kdf-worker.js'], 'importing: one derivation');
  });
});

test('without the worker the diary still works, derived on the page', async () => {
  await withBrowser(async (b) => {
    const p = b.page;
    // A worker that answers "no key", as when kdf.wasm cannot be loaded:
    // the key is then derived on the page, and the diary it made opens.
    let asked = 0;
    await b.context.route('**/kdf-worker.js', (r) => {
      asked += 1;
      return r.fulfill({ status: 200, contentType: 'text/javascript', body: 'self.onmessage = () => self.postMessage(null);' });
    });
    await create(p);
    await p.locator('.diary-lock').click();
    await unlock(p, PASSPHRASE);
    await p.waitForSelector('.diary-lock', { timeout: SLOW });
    assert.equal(asked, 2, 'the answer-less worker was tried for creating and for opening');
  });
});

test('the passphrase can be changed with the current one; the old one then opens nothing', async () => {
  await withBrowser(async (b) => {
    const p = b.page;
    const workers = [];
    p.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await create(p);
    const NEW = 'a new passphrase nobody saw';
    const change = async (current, next, expected) => {
      await p.locator('#diary-change-current').fill(current);
      await p.locator('#diary-change-new').fill(next);
      await p.locator('#diary-change-repeat').fill(next);
      await p.locator('.diary-change-save').click();
      assert.equal(await p.locator('#diary-change-current').inputValue(), '', 'the fields are emptied at once');
      await p.waitForFunction((re) => new RegExp(re).test(document.querySelector('.diary-notice')?.innerText ?? ''), expected.source, { timeout: SLOW });
    };
    await change('not the passphrase', NEW, /not the current passphrase/);

    workers.length = 0;
    await change(PASSPHRASE, NEW, /The passphrase is changed/);
    assert.deepEqual(workers, ['/kdf-worker.js', '/kdf-worker.js', '/kdf-worker.js'], 'check the current one, check the other slot, wrap');

    await p.locator('.diary-lock').click();
    await unlock(p, PASSPHRASE);
    await p.waitForSelector('.diary [role="alert"]', { timeout: SLOW });
    assert.equal(await p.locator('.diary-lock').count(), 0, 'the old passphrase opens nothing');
    await unlock(p, NEW);
    await p.waitForSelector('.diary-lock', { timeout: SLOW });
  });
});
