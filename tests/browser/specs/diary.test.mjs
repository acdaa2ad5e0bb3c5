// The encrypted diary in a real browser: a passphrase after the no-recovery
// warning, the four kinds of entry, search, edits kept as versions, lock and
// unlock (a wrong passphrase is refused), persistence in IndexedDB across a
// reload, the report and the encrypted archive as downloads, auto-lock when
// hidden, the second passphrase for emergencies, quick exit while the diary
// is open, erasing it, and restoring the archive. scrypt (work factor 17) in wasm takes seconds:
// creating and unlocking get generous timeouts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { open, load, exitReport, NEUTRAL_URL } from '../lib.mjs';

const require = createRequire(import.meta.url);

const PASSPHRASE = 'purple otters swim at dawn';
const SLOW = 30_000;
// Words that only the entries contain: none may stay in the DOM after lock or exit.
const WORDS = {
  incident: 'Quokkastation',
  incidentEdit: 'Wombatplein',
  symptoms: 'Slept-with-lights-on',
  evidence: 'Screenshot-of-threat',
  evidenceFile: 'threat-photo.png',
  abuse: 'Pangolingram',
};
const SECRET_WORDS = Object.values(WORDS);
const ARCHIVE_PASSPHRASE = 'another long passphrase';
let archive; // the archive's bytes, restored into a new diary at the end

let b;
before(async () => { b = await open({ locale: 'en-US' }); });
after(async () => { await b.close(); });

/** The app's DOM without the inlined style sheet. */
async function appHtml(page = b.page) {
  return page.evaluate(() => {
    const app = document.getElementById('app');
    return app ? app.innerHTML.replace(/<style[\s\S]*?<\/style>/g, '') : '';
  });
}

async function expectNoEntriesInDom(page = b.page) {
  const html = await appHtml(page);
  const left = SECRET_WORDS.filter((w) => html.includes(w));
  assert.deepEqual(left, [], 'nothing of the entries is left in the DOM');
}

/** A day some time ago, as a date input wants it. */
function daysAgo(n) {
  const d = new Date(Date.now() - n * 86_400_000);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function newEntry(kind) {
  const p = b.page;
  await p.locator(`.diary-kind[data-kind="${kind}"]`).click();
  await p.waitForSelector(`.diary-editor-${kind}`);
}

async function save() {
  const p = b.page;
  const before = await p.locator('.diary-card').count();
  await p.locator('.diary-editor button[type="submit"]').click();
  await p.waitForSelector('.diary-editor', { state: 'detached', timeout: SLOW });
  await p.waitForFunction((n) => document.querySelectorAll('.diary-card').length === n + 1, before);
}

async function setRange(selector, value) {
  await b.page.locator(selector).evaluate((el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function unlock(passphrase, page = b.page) {
  await page.locator('#diary-unlock-passphrase').fill(passphrase);
  await page.locator('.diary-unlock button[type="submit"]').click();
}

/** Serious and critical axe-core findings on the page as it is. */
async function axeProblems(what) {
  const p = b.page;
  if (!(await p.evaluate(() => Boolean(window.axe)))) {
    await p.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  const found = await p.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found.map((f) => `${what}: ${f}`);
}

async function cardTitles() {
  return b.page.locator('.diary-card .card-title').allInnerTexts();
}

test('creating a diary shows the no-recovery warning first and needs "I understand"', async () => {
  const p = b.page;
  await load(p, b.url, '/diary');
  await p.waitForSelector('#diary-passphrase');
  // The warning comes before the form and its button.
  const order = await p.evaluate(() => {
    const warning = document.querySelector('.diary-warning');
    const button = document.querySelector('.diary-create button[type="submit"]');
    const field = document.querySelector('#diary-passphrase');
    const follows = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { beforeButton: follows(warning, button), beforeField: follows(warning, field), text: warning.textContent };
  });
  assert.ok(order.beforeButton && order.beforeField, 'the warning is shown before the form');
  assert.match(order.text, /recover/i);
  assert.equal(await p.locator('#diary-passphrase').getAttribute('type'), 'password');
  // Password managers are not invited to store the passphrase (SECURITY.md, PLATFORM-3).
  assert.equal(await p.locator('#diary-passphrase').getAttribute('autocomplete'), 'off');
  assert.deepEqual(await axeProblems('create'), []);

  // Without "I understand" nothing is created, and the passphrase fields are emptied.
  await p.locator('#diary-passphrase').fill(PASSPHRASE);
  await p.locator('#diary-repeat').fill(PASSPHRASE);
  await p.locator('.diary-create button[type="submit"]').click();
  await p.waitForSelector('.diary [role="alert"]');
  assert.equal(await p.locator('#diary-passphrase').inputValue(), '', 'a sent passphrase does not stay in the field');

  await p.locator('#diary-passphrase').fill(PASSPHRASE);
  await p.locator('#diary-repeat').fill(PASSPHRASE);
  await p.locator('.diary-understood input').check();
  await p.locator('.diary-create button[type="submit"]').click();
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
  assert.match(await p.locator('.diary-count').innerText(), /\S/);
  assert.deepEqual(b.errors, []);
});

test('each of the four kinds can be written and is listed', async () => {
  const p = b.page;

  await newEntry('incident');
  await p.locator('input[name="diary-precision"][value="exact"]').check();
  await p.locator('#diary-date').fill(daysAgo(10));
  await p.locator('#diary-time').fill('21:30');
  await p.locator('#diary-place').fill('Central station, platform 4');
  await p.locator('#diary-what').fill(`${WORDS.incident}: he followed me to the train`);
  await p.locator('#diary-people').fill('A man in a grey coat');
  await save();
  // A saved entry opens; its fields are shown as a list of labels and values.
  await p.waitForSelector('.diary-detail dl.diary-fields');

  await newEntry('symptoms');
  await setRange('#scale-sleep', 3);
  await setRange('#scale-anxiety', 8);
  await p.locator('#diary-note').fill(WORDS.symptoms);
  await save();

  await newEntry('evidence');
  await p.locator('#diary-file').setInputFiles({
    name: WORDS.evidenceFile,
    mimeType: 'image/png',
    buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  });
  await p.locator('#diary-evidence-note').fill(WORDS.evidence);
  await save();

  await newEntry('online-abuse');
  await p.locator('#diary-platform').fill(WORDS.abuse);
  await p.locator('#diary-accounts').fill('@someone_fake');
  await p.locator('#diary-urls').fill('https://example.com/post/1\nhttps://example.com/post/2');
  await p.locator('#diary-shared').fill('A photo of me without my consent');
  await save();
  // Online abuse points to Helpwanted, opened apart from the app.
  const help = p.locator('.diary-detail .diary-help a');
  assert.equal(await help.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await help.getAttribute('target'), '_blank');

  const titles = (await cardTitles()).join('\n');
  assert.equal(await p.locator('.diary-card').count(), 4);
  for (const w of [WORDS.incident, WORDS.symptoms, WORDS.evidenceFile, WORDS.abuse]) {
    assert.ok(titles.includes(w), `${w} is listed: ${titles}`);
  }
  // The check-in is drawn: an inline SVG chart, no network.
  assert.equal(await p.locator('.diary-chart svg polyline').count() >= 1, true);
  assert.deepEqual(b.errors, []);
});

test('search narrows the list and clearing shows everything again', async () => {
  const p = b.page;
  await p.locator('#diary-search').fill(WORDS.abuse.toLowerCase());
  await p.waitForFunction(() => document.querySelectorAll('.diary-card').length === 1);
  assert.match((await cardTitles())[0], new RegExp(WORDS.abuse));
  await p.locator('.diary-clear').click();
  await p.waitForFunction(() => document.querySelectorAll('.diary-card').length === 4);
  assert.equal(await p.locator('#diary-search').inputValue(), '');
});

test('an edit is a new version; the detail shows both', async () => {
  const p = b.page;
  await p.locator('.diary-card', { hasText: WORDS.incident }).click();
  await p.waitForSelector('.diary-detail');
  await p.locator('.diary-detail .diary-edit').click();
  await p.waitForSelector('.diary-editor-incident');
  // The form starts from the entry's values.
  assert.equal(await p.locator('#diary-place').inputValue(), 'Central station, platform 4');
  await p.locator('#diary-place').fill(WORDS.incidentEdit);
  await p.locator('.diary-editor button[type="submit"]').click();
  await p.waitForSelector('.diary-editor', { state: 'detached', timeout: SLOW });
  await p.waitForSelector('.diary-detail .diary-history li');
  const detail = await p.locator('.diary-detail').innerText();
  assert.ok(detail.includes(WORDS.incidentEdit), 'the latest version is shown');
  assert.equal(await p.locator('.diary-detail .diary-history li').count(), 1, 'one earlier version');
  assert.ok((await p.locator('.diary-detail .diary-history').innerText()).includes('Central station'));
  // Still four entries; the edited one says it has two versions.
  assert.equal(await p.locator('.diary-card').count(), 4);
  assert.match(await p.locator('.diary-card', { hasText: WORDS.incident }).locator('.card-versions').innerText(), /2/);
});

test('axe-core finds no serious or critical problem in the open diary, its forms and an entry', async () => {
  const p = b.page;
  const problems = [];
  for (const kind of ['incident', 'symptoms', 'evidence', 'online-abuse']) {
    await newEntry(kind);
    problems.push(...(await axeProblems(`${kind} form`)));
    await p.locator('.diary-editor button[type="button"]').click();
    await p.waitForSelector('.diary-editor', { state: 'detached' });
  }
  await p.locator('.diary-card', { hasText: WORDS.incident }).click();
  await p.waitForSelector('.diary-detail .diary-history');
  problems.push(...(await axeProblems('entry with versions, list, chart, export')));
  assert.deepEqual(problems, []);
});

test('the report downloads with the entries and the verification line', async () => {
  const p = b.page;
  await p.locator('.diary-report').click();
  const link = p.locator('.diary-download-link');
  await link.waitFor({ timeout: SLOW });
  assert.match(await link.getAttribute('href'), /^blob:/);
  assert.ok(await p.locator('.diary-print').count(), 'the report can be printed');
  const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
  const text = await streamText(await download.createReadStream());
  for (const w of [WORDS.incidentEdit, WORDS.symptoms, WORDS.evidence, WORDS.abuse]) {
    assert.ok(text.includes(w), `the report holds ${w}`);
  }
  assert.match(text, /id=["']verification["']/);
  // Print: the report is loaded into a hidden, sandboxed frame of the app.
  await p.locator('.diary-print').click();
  const frame = p.locator('#diary-print-host iframe');
  await frame.waitFor({ state: 'attached' });
  assert.match(await frame.getAttribute('src'), /^blob:/);
  assert.equal(await frame.getAttribute('sandbox'), 'allow-same-origin allow-modals');
  await p.waitForFunction(() => document.querySelector('#diary-print-host iframe')?.contentDocument?.getElementById('verification'));
  // Done: the link (and its blob address) goes.
  await p.locator('.diary-done').click();
  await p.waitForSelector('.diary-download-link', { state: 'detached' });
  assert.equal(await p.locator('#diary-print-host').count(), 0, 'the printed copy goes with it');
});

test('the archive with a passphrase is an age file', async () => {
  const p = b.page;
  await p.locator('#diary-archive-passphrase').fill(ARCHIVE_PASSPHRASE);
  await p.locator('#diary-archive-repeat').fill(ARCHIVE_PASSPHRASE);
  await p.locator('.diary-make-archive').click();
  assert.equal(await p.locator('#diary-archive-passphrase').inputValue(), '');
  const link = p.locator('.diary-download-link');
  await link.waitFor({ timeout: SLOW * 2 });
  const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
  const bytes = await streamBytes(await download.createReadStream());
  assert.equal(bytes.subarray(0, 21).toString('latin1'), 'age-encryption.org/v1');
  archive = bytes;
  await p.locator('.diary-done').click();
});

test('lock leaves nothing of the entries; a wrong passphrase is refused; the right one opens', async () => {
  const p = b.page;
  await p.locator('.diary-lock').click();
  await p.waitForSelector('#diary-unlock-passphrase');
  await expectNoEntriesInDom();
  assert.equal(await p.locator('#diary-unlock-passphrase').getAttribute('autocomplete'), 'off');

  await unlock('not the passphrase at all');
  await p.waitForSelector('.diary [role="alert"]', { timeout: SLOW });
  await expectNoEntriesInDom();
  assert.equal(await p.locator('#diary-unlock-passphrase').inputValue(), '');

  await unlock(PASSPHRASE);
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
  assert.equal(await p.locator('.diary-card').count(), 4);
  assert.match(await p.locator('.diary-chain').innerText(), /\S/);
});

test('after a reload the diary is locked and unlocking shows the entries (IndexedDB)', async () => {
  const p = b.page;
  await p.reload();
  await p.waitForSelector('#diary-unlock-passphrase', { timeout: SLOW });
  await expectNoEntriesInDom();
  await unlock(PASSPHRASE);
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
  const titles = (await cardTitles()).join('\n');
  for (const w of [WORDS.incident, WORDS.symptoms, WORDS.evidenceFile, WORDS.abuse]) {
    assert.ok(titles.includes(w), `${w} is back`);
  }
});

test('the diary locks itself when the app is hidden', async () => {
  const p = b.page;
  await p.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // Attached, not visible: a hidden page is drawn empty (safety.test.mjs).
  await p.waitForSelector('#diary-unlock-passphrase', { state: 'attached' });
  await expectNoEntriesInDom();
  await p.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await unlock(PASSPHRASE);
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
  assert.equal(await p.locator('.diary-card').count(), 4);
});

test('hidden while a file picker is open, the diary stays open; hidden after, it locks', async () => {
  const p = b.page;
  const setVisibility = (state) => p.evaluate((v) => {
    Object.defineProperty(document, 'visibilityState', { value: v, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  // The picker opens (on a phone the app is hidden behind it).
  const chooser = p.waitForEvent('filechooser');
  await p.locator('#diary-import-file').click();
  await chooser;
  await setVisibility('hidden');
  await setVisibility('visible');
  // The core takes events in order: once the search typed after the report
  // has narrowed the list, the report was decided, and the diary is open.
  await p.locator('#diary-search').fill(WORDS.abuse.toLowerCase());
  await p.waitForFunction(() => document.querySelectorAll('.diary-card').length === 1);
  assert.equal(await p.evaluate(() => window.__eeAutoLock?.sent), 1, 'the hiding was reported');
  await p.locator('.diary-clear').click();
  await p.waitForFunction(() => document.querySelectorAll('.diary-card').length === 4);
  // Back from the picker, hiding locks again.
  await setVisibility('hidden');
  await p.waitForSelector('#diary-unlock-passphrase', { state: 'attached' });
  await expectNoEntriesInDom();
  await setVisibility('visible');
  await unlock(PASSPHRASE);
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
});

test('a second passphrase opens a separate, empty diary; the real one stays', async () => {
  const p = b.page;
  const DURESS = 'only the weather today';
  await p.locator('#diary-duress-passphrase').fill(DURESS);
  await p.locator('#diary-duress-repeat').fill(DURESS);
  await p.locator('.diary-duress-save').click();
  assert.equal(await p.locator('#diary-duress-passphrase').inputValue(), '');
  await p.locator('.diary-notice', { hasText: /saved/i }).waitFor({ timeout: SLOW });
  await p.locator('.diary-lock').click();
  await unlock(DURESS);
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
  assert.equal(await p.locator('.diary-card').count(), 0);
  await expectNoEntriesInDom();
  await p.locator('.diary-lock').click();
  await unlock(PASSPHRASE);
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
  assert.equal(await p.locator('.diary-card').count(), 4);
});

test('quick exit while the diary is open leaves nothing of it, and the diary is locked after', async () => {
  const p = b.page;
  await p.locator('.diary-card', { hasText: WORDS.abuse }).click();
  await p.waitForSelector('.diary-detail');
  // Report whether the app's DOM still holds any entry: when it first holds
  // none after the click, and when the page unloads.
  const reports = [];
  await p.exposeFunction('reportDiaryExit', (r) => reports.push(r));
  await p.evaluate((words) => {
    const left = () => {
      const app = document.getElementById('app');
      const html = app ? app.innerHTML.replace(/<style[\s\S]*?<\/style>/g, '') : '';
      return words.filter((w) => html.includes(w));
    };
    window.addEventListener('click', (e) => {
      if (!e.target.closest('.quick-exit')) return;
      const obs = new MutationObserver(() => {
        if (left().length === 0) {
          obs.disconnect();
          window.reportDiaryExit({ kind: 'clean' });
        }
      });
      obs.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    }, true);
    window.addEventListener('pagehide', () => window.reportDiaryExit({ kind: 'unload', left: left() }));
  }, SECRET_WORDS);
  assert.ok((await appHtml()).includes(WORDS.abuse), 'the entry is on screen before the exit');
  await p.locator('header .quick-exit').click();
  await p.waitForURL(NEUTRAL_URL, { timeout: 10_000 });
  assert.ok(await exitReport(reports, 'clean'), `emptied before leaving: ${JSON.stringify(reports)}`);
  for (const r of reports.filter((r) => r.kind === 'unload')) assert.deepEqual(r.left, []);

  // Coming back: the diary is locked (the key lived in memory only).
  await load(p, b.url, '/diary');
  await p.waitForSelector('#diary-unlock-passphrase', { timeout: SLOW });
  await expectNoEntriesInDom();
  assert.deepEqual(b.errors, []);
});

test('erasing asks first; "keep it" keeps the diary, "erase" leaves a new one to create', async () => {
  const p = b.page;
  await load(p, b.url, '/diary');
  await p.waitForSelector('#diary-unlock-passphrase', { timeout: SLOW });
  await p.locator('.diary-wipe-button').click();
  await p.waitForSelector('.diary-confirm-wipe');
  await expectNoEntriesInDom();
  await p.locator('.diary-wipe-cancel').click();
  await p.waitForSelector('#diary-unlock-passphrase');

  await p.locator('.diary-wipe-button').click();
  await p.locator('.diary-wipe-confirm').click();
  await p.waitForSelector('#diary-passphrase', { timeout: SLOW });
  await p.reload();
  await p.waitForSelector('#diary-passphrase', { timeout: SLOW });
  assert.deepEqual(b.errors, []);
});

test('a saved archive restores into a new diary (a new phone)', async () => {
  const p = b.page;
  await p.locator('#diary-passphrase').fill(PASSPHRASE);
  await p.locator('#diary-repeat').fill(PASSPHRASE);
  await p.locator('.diary-understood input').check();
  await p.locator('.diary-create button[type="submit"]').click();
  await p.waitForSelector('.diary-lock', { timeout: SLOW });
  assert.equal(await p.locator('.diary-card').count(), 0);

  await p.locator('#diary-import-file').setInputFiles({ name: 'diary.age', mimeType: 'application/octet-stream', buffer: archive });
  await p.locator('#diary-import-passphrase').fill(ARCHIVE_PASSPHRASE);
  await p.locator('.diary-import-button').click();
  assert.equal(await p.locator('#diary-import-passphrase').inputValue(), '');
  await p.waitForFunction(() => document.querySelectorAll('.diary-card').length === 4, null, { timeout: SLOW });
  assert.match(await p.locator('.diary-transfer [role="alert"]').innerText(), /\S/, 'the import says what it did');
  const titles = (await cardTitles()).join('\n');
  for (const w of [WORDS.incident, WORDS.symptoms, WORDS.evidenceFile, WORDS.abuse]) {
    assert.ok(titles.includes(w), `${w} is restored`);
  }
  assert.deepEqual(b.errors, []);
});

async function streamBytes(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

async function streamText(stream) {
  return (await streamBytes(stream)).toString('utf8');
}
