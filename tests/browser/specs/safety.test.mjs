// Safety on a phone someone else may look at (issue 6), in a real browser:
// - the safety onboarding at first run (skipping it is in screens.test.mjs),
//   and again from Settings;
// - the disguise: with a code set in Settings the app opens as a working
//   calculator whose page holds nothing of the app; a wrong code just
//   calculates; the code followed by "=" opens the app;
// - auto-lock after idle time, with the page's clock driven by the test
//   (Playwright's clock): 2 minutes by default, 5 when chosen in Settings,
//   also while another screen is shown;
// - hidden page: the diary locks and nothing is drawn until it is visible;
// - erasing: no key of the diary is left in IndexedDB and the old
//   passphrase opens nothing.
// The second passphrase (an empty diary) and erasing from the screen are in
// diary.test.mjs ('a second passphrase opens a separate, empty diary; the
// real one stays', 'erasing asks first; ...'); this file adds what the
// store holds after erasing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { open, load, SENSITIVE } from '../lib.mjs';

const require = createRequire(import.meta.url);

const SLOW = 30_000; // scrypt in wasm takes seconds
const PASSPHRASE = 'seven quiet herons';
const CODE = '4711';
// Only the entries contain these: none may be in the DOM once locked.
const ENTRY_WORD = 'Capybarakade';

/** The whole document, with the build's hashed file names left out (a hash is not content). */
async function documentHtml(page) {
  return page.evaluate(() => document.documentElement.outerHTML.replace(/een-entree-dx[0-9a-f]+/g, 'een-entree'));
}

async function appHtml(page) {
  return page.evaluate(() => document.getElementById('app')?.innerHTML ?? '');
}

async function press(page, keys) {
  for (const k of keys) {
    await page.getByRole('button', { name: k, exact: true }).click();
  }
}

async function display(page) {
  return (await page.locator('.calc-display').innerText()).trim();
}

async function createDiary(page) {
  await page.waitForSelector('#diary-passphrase', { timeout: SLOW });
  await page.locator('#diary-passphrase').fill(PASSPHRASE);
  await page.locator('#diary-repeat').fill(PASSPHRASE);
  await page.locator('.diary-understood input').check();
  await page.locator('.diary-create button[type="submit"]').click();
  await page.waitForSelector('.diary-lock', { timeout: SLOW });
}

async function addEntry(page) {
  await page.locator('.diary-kind[data-kind="symptoms"]').click();
  await page.waitForSelector('.diary-editor-symptoms');
  await page.locator('#diary-note').fill(ENTRY_WORD);
  await page.locator('.diary-editor button[type="submit"]').click();
  await page.waitForSelector('.diary-editor', { state: 'detached', timeout: SLOW });
  await page.locator('.diary-card', { hasText: ENTRY_WORD }).waitFor();
}

async function unlock(page, passphrase = PASSPHRASE) {
  await page.locator('#diary-unlock-passphrase').fill(passphrase);
  await page.locator('.diary-unlock button[type="submit"]').click();
}

/**
 * The id of the page's idle listener (`autoLock` in js/page.js,
 * `window.__eeAutoLock`) once it is armed: move the clock only then.
 */
async function armedLock(page) {
  const handle = await page.waitForFunction(() => window.__eeAutoLock?.id, null, { timeout: SLOW });
  return handle.jsonValue();
}

/**
 * Whether the diary is 'open' or 'locked' once every lock that is due has
 * reached the screen. A due lock starts at the page's idle timer:
 * `fastForward` runs every due timer before it returns, and the listener
 * counts each report it sends (`window.__eeAutoLock.sent`) before the report
 * goes on to the core, which decides and locks. So: listener `id` still
 * armed and nothing reported, no lock is on its way and the screen is read
 * as it is; reported (or the listener gone with the open diary), the lock is
 * waited for (state 'attached': the page may be drawn empty).
 */
async function diaryState(page, id) {
  const armed = await page.evaluate(() => window.__eeAutoLock ? { id: window.__eeAutoLock.id, sent: window.__eeAutoLock.sent } : null);
  if (armed === null || armed.sent > 0) {
    await page.waitForSelector('#diary-unlock-passphrase', { state: 'attached', timeout: SLOW });
    return 'locked';
  }
  assert.equal(armed.id, id, 'the idle listener is the one armed before the clock moved (a new one starts the time again)');
  const handle = await page.waitForSelector('.diary-lock, #diary-unlock-passphrase', { state: 'attached', timeout: SLOW });
  return (await handle.evaluate((e) => e.id)) === 'diary-unlock-passphrase' ? 'locked' : 'open';
}

async function expectLocked(page) {
  await page.waitForSelector('#diary-unlock-passphrase', { state: 'attached', timeout: SLOW });
  assert.equal(await page.locator('.diary-lock').count(), 0);
  assert.ok(!(await appHtml(page)).includes(ENTRY_WORD), 'nothing of the entry is in the DOM');
}

/** Client-side navigation through the bottom bar (keeps the page, and the unlocked diary). */
async function navigate(page, path) {
  await page.locator(`nav.bottom-nav a[href="${path}"]`).click();
  await page.waitForURL((u) => new URL(u).pathname === path);
}

async function setVisibility(page, state) {
  await page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
    Object.defineProperty(document, 'hidden', { value: s === 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/** Serious and critical axe-core findings on the page as it is. */
async function axeProblems(page, what) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found.map((f) => `${what}: ${f}`);
}

/** The keys of the app's store (IndexedDB 'een-entree', object store 'kv'). */
async function storeKeys(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('een-entree');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const keys = db.transaction('kv', 'readonly').objectStore('kv').getAllKeys();
      keys.onsuccess = () => { db.close(); resolve(keys.result.map(String)); };
      keys.onerror = () => reject(keys.error);
    };
  }));
}

describe('safety onboarding', () => {
  let b;
  before(async () => { b = await open({ locale: 'en-US', introSeen: false }); });
  after(async () => { await b.close(); });

  test('the first screen gives the safety advice before its button, and Settings leads back to it', async () => {
    const p = b.page;
    await load(p, b.url, '/');
    const advice = p.locator('.exit-info ul.safety li');
    assert.equal(await advice.count(), 4);
    assert.match((await advice.allInnerTexts()).join(' '), /another device/);
    const order = await p.evaluate(() => {
      const list = document.querySelector('.exit-info ul.safety');
      const button = document.querySelector('.exit-info .confirm');
      return Boolean(list.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(order, 'the advice comes before the button');
    await p.locator('.exit-info .confirm').click();
    await p.waitForSelector('.action-big');

    await navigate(p, '/settings');
    await p.locator('main a[href="/quick-exit"]').click();
    await p.locator('.exit-info ul.safety li').first().waitFor();
    assert.equal(await p.locator('.exit-info .confirm').count(), 0);
    assert.deepEqual(await axeProblems(p, 'safety advice'), []);
    assert.deepEqual(b.errors, []);
  });
});

describe('disguise', () => {
  let b;
  before(async () => { b = await open({ locale: 'nl-NL' }); });
  after(async () => { await b.close(); });

  test('Settings turns it on with a code; a short code is refused', async () => {
    const p = b.page;
    await load(p, b.url, '/settings');
    const field = p.locator('#disguise-code');
    assert.equal(await field.getAttribute('type'), 'password');
    assert.equal(await field.getAttribute('inputmode'), 'numeric');
    assert.equal(await field.getAttribute('autocomplete'), 'off');
    assert.equal(await p.locator('.disguise-off').count(), 0, 'off is offered only when on');

    await field.fill('12');
    await p.locator('.disguise-on').click();
    await p.locator('.settings-disguise [role="alert"]').waitFor();
    assert.equal(await field.inputValue(), '', 'the code does not stay in the field');

    assert.deepEqual(await axeProblems(p, 'settings with a problem'), []);

    await field.fill(CODE);
    await p.locator('.disguise-on').click();
    await p.locator('.disguise-enabled').waitFor();
    assert.equal(await field.inputValue(), '');
    assert.equal(await p.locator('.settings-disguise [role="alert"]').count(), 0);
    await p.locator('.disguise-off').waitFor();
    assert.deepEqual(await axeProblems(p, 'settings, disguise on'), []);
    assert.deepEqual(b.errors, []);
  });

  test('after a reload the page is a working calculator with nothing of the app in it', async () => {
    const p = b.page;
    const appTitle = await p.title();
    await p.reload();
    await p.waitForSelector('.calc-display', { timeout: 20_000 });
    assert.equal(await p.locator('header').count(), 0, 'no header, no quick-exit button');

    const html = await documentHtml(p);
    const title = await p.title();
    const found = [...SENSITIVE, 'Dagboek', 'dagboek', 'Diary', 'diary', 'Snel', 'exit', 'Entree', 'settings', 'Instellingen']
      .filter((w) => html.includes(w) || title.includes(w));
    assert.deepEqual(found, [], `the page says nothing of the app (title "${title}")`);
    assert.equal(title, 'Rekenmachine', 'the tab shows the calculator');
    assert.notEqual(title, appTitle);
    assert.equal(new URL(p.url()).pathname, '/', 'the address says nothing of the screen it was on');

    // It really calculates.
    await press(p, ['1', '2', '+', '3', '=']);
    assert.equal(await display(p), '15');
    await press(p, ['C', '7', '×', '6', '=']);
    assert.equal(await display(p), '42');
    assert.deepEqual(await axeProblems(p, 'calculator'), []);
    assert.deepEqual(b.errors, []);
  });

  test('a wrong code just calculates; the code and "=" open the app at the start', async () => {
    const p = b.page;
    await press(p, ['C', '4', '7', '1', '2', '=']);
    assert.equal(await display(p), '4712');
    assert.equal(await p.locator('header').count(), 0, 'the app did not open');
    assert.equal(await p.locator('.calc-display').count(), 1);

    // Quick exit (Shift three times) on the calculator only clears it; it
    // leaves no cover behind for when the app opens.
    await press(p, ['9']);
    for (let i = 0; i < 3; i++) await p.keyboard.press('Shift');
    await p.waitForFunction(() => document.querySelector('.calc-display')?.textContent.trim() === '0');
    assert.equal(new URL(p.url()).origin, new URL(b.url).origin);

    await press(p, ['4', '7', '1', '1', '=']);
    await p.locator('header .quick-exit').waitFor({ timeout: 10_000 });
    assert.equal(await p.locator('.cover').count(), 0);
    assert.equal(await p.locator('.calc-display').count(), 0);
    assert.equal(new URL(p.url()).pathname, '/');
    assert.equal(await p.locator('a.action-call.action-big').count(), 1, 'the start screen');
    assert.notEqual(await p.title(), 'Rekenmachine', 'the app has its own title again');

    // The app works as ever: another screen, through the navigation.
    await navigate(p, '/settings');
    await p.locator('.disguise-enabled').waitFor();
    assert.deepEqual(b.errors, []);
  });

  test('quick exit from the opened app still leaves for the neutral site (web)', async () => {
    const p = b.page;
    await p.locator('header .quick-exit').click();
    await p.waitForURL((u) => !u.toString().startsWith(b.url), { timeout: 10_000 });
  });

  test('turned off, the app opens as itself again', async () => {
    const p = b.page;
    await p.goto(b.url + '/settings');
    await p.waitForSelector('.calc-display', { timeout: 20_000 });
    await press(p, [...CODE, '=']);
    await p.locator('header .quick-exit').waitFor({ timeout: 10_000 });
    await navigate(p, '/settings');
    await p.locator('.disguise-off').click();
    await p.locator('.disguise-enabled').waitFor({ state: 'detached' });
    await p.reload();
    await p.locator('header .quick-exit').waitFor({ timeout: 20_000 });
    assert.equal(await p.locator('.calc-display').count(), 0);
    assert.deepEqual(b.errors, []);
  });
});

describe('auto-lock with the clock driven by the test', () => {
  let b;
  before(async () => {
    b = await open({ locale: 'en-US' });
    // Fake timers from the first script of the page on; time still flows
    // (scrypt needs its seconds), and fastForward jumps ahead.
    await b.page.clock.install();
  });
  after(async () => { await b.close(); });

  test('the open diary locks after 2 minutes without use, and not before', async () => {
    const p = b.page;
    await load(p, b.url, '/diary');
    await createDiary(p);
    await addEntry(p);
    const id = await armedLock(p);
    await p.clock.fastForward('01:50');
    assert.equal(await diaryState(p, id), 'open', 'still open before 2 minutes');
    await p.clock.fastForward('00:15');
    await expectLocked(p);
    assert.deepEqual(b.errors, []);
  });

  test('use resets the time', async () => {
    const p = b.page;
    await unlock(p);
    await p.waitForSelector('.diary-lock', { timeout: SLOW });
    const id = await armedLock(p);
    await p.clock.fastForward('01:30');
    await p.locator('#diary-search').fill('x'); // input: the user is there
    await p.locator('#diary-search').fill('');
    await p.clock.fastForward('01:30');
    assert.equal(await diaryState(p, id), 'open', '3 minutes since opening, 1:30 since the last input');
    await p.clock.fastForward('00:35');
    await expectLocked(p);
  });

  test('it also locks while another screen is shown', async () => {
    const p = b.page;
    await unlock(p);
    await p.waitForSelector('.diary-lock', { timeout: SLOW });
    await navigate(p, '/helplines');
    await p.clock.fastForward('02:05');
    await navigate(p, '/diary');
    await expectLocked(p);
  });

  test('with 5 minutes chosen in Settings it is still open after 2:05 and locked after 5:05', async () => {
    const p = b.page;
    await navigate(p, '/settings');
    const five = p.locator('.settings-auto-lock button[data-minutes="5"]');
    await five.click();
    await p.waitForFunction(() => document.querySelector('.settings-auto-lock button[data-minutes="5"]')?.getAttribute('aria-pressed') === 'true');
    assert.equal(await p.locator('.settings-auto-lock button[data-minutes="2"]').getAttribute('aria-pressed'), 'false');

    await navigate(p, '/diary');
    await unlock(p);
    await p.waitForSelector('.diary-lock', { timeout: SLOW });
    await p.locator('.diary-card', { hasText: ENTRY_WORD }).waitFor();
    const id = await armedLock(p);
    await p.clock.fastForward('02:05');
    assert.equal(await diaryState(p, id), 'open', 'open after 2:05');
    await p.clock.fastForward('03:00');
    await expectLocked(p);

    // The choice is kept (IndexedDB): after a reload Settings still says 5.
    await p.reload();
    await p.waitForSelector('#diary-unlock-passphrase', { timeout: SLOW });
    await navigate(p, '/settings');
    assert.equal(await five.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(b.errors, []);
  });
});

describe('hidden page', () => {
  let b;
  before(async () => { b = await open({ locale: 'en-US' }); });
  after(async () => { await b.close(); });

  // diary.test.mjs ('the diary locks itself when the app is hidden') shows the
  // lock; this adds that nothing is drawn while hidden, on any screen.
  test('when hidden the diary locks and nothing is drawn until the page is visible again', async () => {
    const p = b.page;
    await load(p, b.url, '/diary');
    await createDiary(p);
    await addEntry(p);
    const drawn = () => p.evaluate(() => getComputedStyle(document.getElementById('app')).visibility);
    assert.equal(await drawn(), 'visible');

    await setVisibility(p, 'hidden');
    await expectLocked(p);
    assert.equal(await drawn(), 'hidden', 'the page is drawn empty for the app switcher');
    assert.equal(await p.locator('#diary-unlock-passphrase').isVisible(), false);

    await setVisibility(p, 'visible');
    assert.equal(await drawn(), 'visible');
    await p.locator('#diary-unlock-passphrase').waitFor({ state: 'visible' });

    // On another screen too.
    await navigate(p, '/helplines');
    await setVisibility(p, 'hidden');
    assert.equal(await drawn(), 'hidden');
    await setVisibility(p, 'visible');
    assert.equal(await drawn(), 'visible');
    assert.deepEqual(b.errors, []);
  });

  test('erasing leaves no key of the diary in IndexedDB, and the old passphrase opens nothing', async () => {
    const p = b.page;
    await navigate(p, '/diary');
    await p.waitForSelector('#diary-unlock-passphrase', { timeout: SLOW });
    const before = (await storeKeys(p)).filter((k) => k.startsWith('diary/'));
    assert.ok(before.length > 0, `the diary is in the store: ${before}`);

    await p.locator('.diary-wipe-button').click();
    await p.locator('.diary-wipe-confirm').click();
    await p.waitForSelector('#diary-passphrase', { timeout: SLOW });
    await p.reload();
    await p.waitForSelector('#diary-passphrase', { timeout: SLOW });
    const left = (await storeKeys(p)).filter((k) => k.startsWith('diary/'));
    assert.deepEqual(left, [], 'no key of the diary is left');

    // A new diary under another passphrase: the old one opens nothing, and
    // nothing of the old entries comes back.
    await p.locator('#diary-passphrase').fill('a different long passphrase');
    await p.locator('#diary-repeat').fill('a different long passphrase');
    await p.locator('.diary-understood input').check();
    await p.locator('.diary-create button[type="submit"]').click();
    await p.waitForSelector('.diary-lock', { timeout: SLOW });
    assert.equal(await p.locator('.diary-card').count(), 0);
    await p.locator('.diary-lock').click();
    await unlock(p, PASSPHRASE);
    await p.waitForSelector('.diary [role="alert"]', { timeout: SLOW });
    await expectLocked(p);
    assert.deepEqual(b.errors, []);
  });
});
