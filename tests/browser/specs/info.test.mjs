// The information pages in a real browser: every section in every language
// without missing-message markers, right-to-left layout, the unreviewed line,
// read aloud only where a voice exists, and an axe-core accessibility scan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { open, load, seedSettings } from '../lib.mjs';

const require = createRequire(import.meta.url);
const LOCALES_DIR = join(import.meta.dirname, '../../../locales');
const LANGS = readdirSync(LOCALES_DIR).filter((d) => statSync(join(LOCALES_DIR, d)).isDirectory()).sort();
const SECTIONS = ['now', 'rights', 'online', 'relatives', 'schools'];
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

let b;
before(async () => { b = await open({ locale: 'nl-NL' }); });
after(async () => { await b.close(); });

/** Opens a path with the app's language set as if chosen in Settings. */
async function openIn(lang, path) {
  await seedSettings(b.page, b.url, { language: lang, exit_info_seen: true });
  await load(b.page, b.url, path);
  await b.page.waitForFunction((l) => document.getElementById('app')?.getAttribute('lang') === l, lang);
}

test('there are at least 10 languages, two of them right to left', () => {
  assert.ok(LANGS.length >= 10, `only ${LANGS.join(', ')}`);
  assert.ok(LANGS.filter((l) => RTL.has(l)).length >= 2, LANGS.join(', '));
});

test('every section renders in every language without missing-message markers', async () => {
  for (const lang of LANGS) {
    for (const s of SECTIONS) {
      await openIn(lang, `/info/${s}`);
      const text = await b.page.locator('#app').innerText();
      assert.doesNotMatch(text, /\[[a-z0-9]+(-[a-z0-9]+)+\]/, `${lang} ${s}: a missing message`);
      assert.ok((await b.page.locator('.info-block').count()) >= 3, `${lang} ${s}: blocks`);
      assert.equal(await b.page.locator('.info .action-big').getAttribute('href'), 'tel:08000188');
      assert.equal(await b.page.locator('#app').getAttribute('dir'), RTL.has(lang) ? 'rtl' : 'ltr', `${lang} dir`);
    }
  }
});

test('Arabic is right to left and the layout mirrors', async () => {
  await openIn('ar', '/info/now');
  assert.equal(await b.page.locator('#app').getAttribute('dir'), 'rtl');
  const exit = await b.page.locator('header .quick-exit').boundingBox();
  const home = await b.page.locator('header .home-link').boundingBox();
  assert.ok(exit.x < home.x, 'the exit button sits at the inline end, which is the left in Arabic');
});

test('an unreviewed translation says so at the bottom of the page; a reviewed one does not', async () => {
  const unreviewed = LANGS.find((l) => !['nl', 'en'].includes(l));
  await openIn(unreviewed, '/info/now');
  assert.equal(await b.page.locator('.unreviewed').count(), 1, unreviewed);
  await openIn('nl', '/info/now');
  assert.equal(await b.page.locator('.unreviewed').count(), 0);
});

test('the language can be changed from the top of any screen', async () => {
  await openIn('nl', '/info/relatives');
  await b.page.locator('header .language-switch').selectOption('en');
  await b.page.waitForFunction(() => document.getElementById('app')?.getAttribute('lang') === 'en');
  assert.equal(await b.page.locator('header .quick-exit').innerText(), 'Exit now');
  assert.match(new URL(b.page.url()).pathname, /\/info\/relatives$/, 'stays on the same page');
});

/**
 * Replaces the browser's speech synthesis with one that has the given voices
 * and records what it says. `late`: the voices it has once they have loaded
 * (`voicesLoaded`); until then, only `voices`.
 */
async function fakeSpeech(page, voices, late = voices) {
  await page.addInitScript(([early, loaded]) => {
    window.__spoken = [];
    window.__voiceWaiters = [];
    let vs = early;
    const synth = {
      getVoices: () => vs.map((lang) => ({ lang, name: `test ${lang}`, default: false, localService: true, voiceURI: lang })),
      speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => { window.__cancelled = (window.__cancelled ?? 0) + 1; },
      addEventListener: (type, f) => { if (type === 'voiceschanged') window.__voiceWaiters.push(f); },
    };
    // What a browser does when its voices have loaded.
    window.__loadVoices = () => {
      vs = loaded;
      for (const f of window.__voiceWaiters.splice(0)) f(new Event('voiceschanged'));
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    // Fake voices are plain objects, which the real utterance refuses as a voice.
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
  }, [voices, late]);
}

/**
 * The page's clock, held still from its first script on (Playwright's
 * clock): the voice check's own time limit (1.5 s) never passes, so its
 * answer comes from `voicesLoaded` alone, however slowly the page loads.
 */
async function holdClock(page) {
  await page.clock.install({ time: 0 });
  await page.clock.pauseAt(1000);
}

/**
 * On a page that found no voice at first: waits until the page's voice
 * check (`hasVoice`, js/page.js) waits for voices to load (or the control
 * shows already), then has them load. The check answers with what it finds
 * then, and the app's handling of that answer (a promise, the component's
 * task, the render) runs in microtasks of that same step: what the page
 * shows from the next step on is the app's answer. ('Voices that load late'
 * below shows a positive answer on screen at that point, without waiting.)
 */
async function voicesLoaded(page) {
  await page.waitForFunction(() => window.__voiceWaiters.length > 0 || document.querySelector('.read-aloud'));
  await page.evaluate(() => window.__loadVoices());
}

test('read aloud appears only when a voice for the language exists, and reads the page in that language', async () => {
  const withVoice = await open({ locale: 'nl-NL' });
  try {
    await fakeSpeech(withVoice.page, ['nl-NL', 'en-GB']);
    await load(withVoice.page, withVoice.url, '/info/now');
    const button = withVoice.page.locator('.read-aloud');
    await button.waitFor();
    await button.click();
    await withVoice.page.waitForFunction(() => window.__spoken.length > 0);
    const spoken = await withVoice.page.evaluate(() => window.__spoken);
    assert.equal(spoken.length, 1);
    assert.equal(spoken[0].lang, 'nl');
    assert.match(spoken[0].text, /Wat nu\?/);
    // Quick exit stops the voice too.
    await withVoice.page.locator('header .quick-exit').click();
    await withVoice.page.waitForURL(/knmi/);
  } finally {
    await withVoice.close();
  }
  const noVoice = await open({ locale: 'nl-NL' });
  try {
    await fakeSpeech(noVoice.page, ['en-GB']);
    await holdClock(noVoice.page);
    await load(noVoice.page, noVoice.url, '/info/now');
    await voicesLoaded(noVoice.page);
    assert.equal(await noVoice.page.locator('.read-aloud').count(), 0, 'no Dutch voice: no control');
  } finally {
    await noVoice.close();
  }
  // Voices that load late (as in Chromium): the control shows as soon as
  // they have, which is also what makes the absence above the app's answer.
  const lateVoice = await open({ locale: 'nl-NL' });
  try {
    await fakeSpeech(lateVoice.page, [], ['nl-NL']);
    await holdClock(lateVoice.page);
    await load(lateVoice.page, lateVoice.url, '/info/now');
    await voicesLoaded(lateVoice.page);
    assert.equal(await lateVoice.page.locator('.read-aloud').count(), 1, 'the Dutch voice has loaded: the control, at once');
  } finally {
    await lateVoice.close();
  }
});

test('axe-core finds no serious or critical accessibility problem on any section or screen', async () => {
  const axePath = require.resolve('axe-core/axe.min.js');
  const pages = [...SECTIONS.map((s) => `/info/${s}`), '/', '/find', '/find/all', '/helplines', '/settings', '/quick-exit', '/about'];
  const problems = [];
  for (const lang of ['nl', 'ar']) {
    for (const path of pages) {
      await openIn(lang, path);
      await b.page.addScriptTag({ path: axePath });
      const violations = await b.page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      problems.push(...violations.map((v) => `${lang} ${path}: ${v}`));
    }
  }
  assert.deepEqual(problems, []);
});
