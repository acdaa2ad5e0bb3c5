// The first visit: every address is real HTML that works before (and
// without) any script, the call button and 112 come first on the first run,
// the app takes over that page with one copy of it, and a new screen opens
// at its top.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { open, load, untilLive, watchExit, exitReport, NEUTRAL_URL, START_PAGE } from '../lib.mjs';

const PHONE = { width: 360, height: 640 };

/** The visible call link's box, and the 112 link's, on this page. */
async function boxes(page) {
  return page.evaluate(() => {
    const box = (sel) => {
      const el = [...document.querySelectorAll(sel)].find((a) => a.getBoundingClientRect().height > 0);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    };
    return { call: box('a[href="tel:08000188"]'), emergency: box('a[href="tel:112"]'), height: window.innerHeight };
  });
}

describe('with JavaScript off', () => {
  let b;
  before(async () => { b = await open({ locale: 'nl-NL', javaScript: false, introSeen: false }); });
  after(async () => { await b.close(); });

  test('start, helplines, all CSGs and every information page show their text and the exact call link', async () => {
    await b.page.goto(b.url + '/');
    const info = await b.page.$$eval('a[href^="/info/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    assert.ok(info.length >= 5, `information pages linked from Start: ${info}`);
    for (const path of ['/', '/helplines', '/find/all', ...info]) {
      await b.page.goto(b.url + path);
      assert.ok(await b.page.locator('#pre h1').first().isVisible(), `${path}: a visible heading`);
      const text = await b.page.locator('#pre main').innerText();
      assert.ok(text.length > 300, `${path}: its text (${text.length} characters)`);
      const call = b.page.locator('a[href="tel:08000188"]').first();
      assert.ok(await call.isVisible(), `${path}: a visible call link`);
      assert.match(await call.innerText(), /0800-0188/);
    }
    await b.page.goto(b.url + '/find/all');
    assert.ok(await b.page.locator('#pre .csg-card').count() >= 12, 'the CSGs are listed');
  });

  test('the exit link leaves for the neutral site', async () => {
    await b.page.goto(b.url + '/helplines');
    assert.equal(await b.page.locator('header .quick-exit').getAttribute('href'), NEUTRAL_URL);
    await b.page.locator('header .quick-exit').click();
    await b.page.waitForURL(NEUTRAL_URL);
    assert.match(await b.page.content(), /Het weer vandaag/);
  });
});

describe('first run on a phone', () => {
  for (const path of ['/', '/c/1/pupils/nl', '/c/1/parents/nl', '/c/1/staff/en/school-1']) {
    test(`${path}: the call button and 112 are in the first screen height, the explanation follows`, async () => {
      const b = await open({ locale: 'nl-NL', introSeen: false, viewport: PHONE });
      try {
        await load(b.page, b.url, path);
        const { call, emergency, height } = await boxes(b.page);
        assert.ok(call && call.bottom <= height, `call button ${JSON.stringify(call)} within ${height}`);
        assert.ok(emergency && emergency.bottom <= height, `112 ${JSON.stringify(emergency)} within ${height}`);
        const card = b.page.locator('.first-run');
        assert.equal(await card.count(), 1, 'the explanation is shown');
        assert.ok(await card.locator('h2').isVisible());
        assert.ok((await boxes(b.page)).call.bottom <= (await card.boundingBox()).y + (await b.page.evaluate(() => window.scrollY)),
          'the explanation comes after the call button');
        // Closed for good with its button (on Start the call button stays where it was).
        await card.locator('.confirm').click();
        await b.page.locator('.first-run').waitFor({ state: 'detached' });
        if (path === '/' || path.startsWith('/c/1/pupils/')) assert.ok((await boxes(b.page)).call.bottom <= height);
        assert.deepEqual(b.errors, []);
      } finally {
        await b.close();
      }
    });
  }

  test('the pre-rendered page, before any script has run, already leads with the call button and 112', async () => {
    const b = await open({ locale: 'nl-NL', javaScript: false, introSeen: false, viewport: PHONE });
    try {
      await b.page.goto(b.url + '/c/1/parents/nl');
      const { call, emergency, height } = await boxes(b.page);
      assert.ok(call && call.bottom <= height && emergency && emergency.bottom <= height, JSON.stringify({ call, emergency }));
      assert.equal(await b.page.locator('.first-run').count(), 1);
    } finally {
      await b.close();
    }
  });
});

describe('when the app takes over', () => {
  let b;
  let reports;
  before(async () => {
    b = await open({ locale: 'nl-NL', serviceWorkers: 'block' });
    reports = await watchExit(b.page);
  });
  after(async () => { await b.close(); });

  test('exactly one copy of the page is left, and it is the app\'s', async () => {
    for (const path of ['/', '/helplines', '/info/now', '/c/1/pupils/en']) {
      await load(b.page, b.url, path);
      const counts = await b.page.evaluate(() => ({
        pre: document.querySelectorAll('#pre').length,
        app: document.querySelectorAll('#app').length,
        header: document.querySelectorAll('header.top').length,
        h1: document.querySelectorAll('h1').length,
        exit: document.querySelectorAll('.quick-exit').length,
        hidden: document.getElementById('main').hidden,
        boot: document.querySelectorAll('script:not([src])').length,
      }));
      assert.deepEqual(counts, { pre: 0, app: 1, header: 1, h1: 1, exit: 1, hidden: false, boot: 0 }, path);
    }
    assert.deepEqual(b.errors, []);
  });

  test('what was typed and scrolled before the app ran is still there', async () => {
    // Hold the app back until the pre-rendered page has been used.
    let release;
    const held = new Promise((r) => { release = r; });
    await b.page.route('**/*.wasm', async (r) => { await held; await r.continue(); });
    try {
      await b.page.goto(b.url + '/find', { waitUntil: 'domcontentloaded' });
      const field = b.page.locator('#pre input[type="search"], #pre input[type="text"]').first();
      await field.fill('Utrecht');
      await b.page.setViewportSize({ width: 360, height: 400 });
      await b.page.evaluate(() => window.scrollTo(0, 120));
      const y = await b.page.evaluate(() => window.scrollY);
      assert.ok(y > 0, 'the page scrolled');
      release();
      await untilLive(b.page, b.url);
      assert.equal(await b.page.locator('#pre').count(), 0, 'the app took over');
      const now = b.page.locator('#main input[type="search"], #main input[type="text"]').first();
      assert.equal(await now.inputValue(), 'Utrecht');
      assert.equal(await b.page.evaluate(() => window.scrollY), y);
    } finally {
      release();
      await b.page.unroute('**/*.wasm');
      await b.page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test('quick exit still empties the screen within one frame', async () => {
    reports.length = 0;
    await b.page.goto(b.url + START_PAGE);
    await load(b.page, b.url, '/helplines');
    // Before the next frame is drawn after the click, nothing sensitive is left.
    await b.page.evaluate(() => {
      window.addEventListener('click', () => requestAnimationFrame(() => {
        const app = document.getElementById('app');
        window.reportExit({ kind: 'frame', html: app ? app.innerHTML.replace(/<style[\s\S]*?<\/style>/g, '') : '' });
      }), true);
    });
    await b.page.locator('header .quick-exit').click();
    await b.page.waitForURL(NEUTRAL_URL, { timeout: 10_000 });
    const frame = await exitReport(reports, 'frame');
    assert.ok(frame, JSON.stringify(reports));
    assert.ok(!/0800|Snel weg|Hulplijnen/.test(frame.html), `the next frame shows: ${frame.html.slice(0, 200)}`);
    assert.ok(await exitReport(reports, 'clean'));
  });

  test('quick exit works on the pre-rendered page before the app runs, and leaves no page to go back to', async () => {
    let release;
    const held = new Promise((r) => { release = r; });
    await b.page.route('**/*.wasm', async (r) => { await held; await r.continue().catch(() => {}); });
    try {
      await b.page.goto(b.url + START_PAGE);
      await b.page.goto(b.url + '/helplines', { waitUntil: 'domcontentloaded' });
      assert.equal(await b.page.locator('#pre').count(), 1, 'the pre-rendered page');
      // An in-app link replaces the history entry there too.
      await b.page.locator('#pre .bottom-nav a[href="/settings"]').click();
      await b.page.waitForURL(/\/settings$/);
      for (let i = 0; i < 3; i++) await b.page.keyboard.press('Shift');
      await b.page.waitForURL(NEUTRAL_URL, { timeout: 10_000 });
      await b.page.goBack();
      assert.equal(new URL(b.page.url()).pathname, START_PAGE);
    } finally {
      release();
      await b.page.unroute('**/*.wasm');
    }
  });
});

test('the pre-rendered page says what the app then says (Dutch, explanation seen)', async () => {
  const b = await open({ locale: 'nl-NL', serviceWorkers: 'block' });
  try {
    for (const path of ['/', '/helplines', '/find/all', '/info/rights', '/about']) {
      let release;
      const held = new Promise((r) => { release = r; });
      await b.page.route('**/*.wasm', async (r) => { await held; await r.continue(); });
      try {
        await b.page.goto(b.url + path, { waitUntil: 'domcontentloaded' });
        const pre = await b.page.locator('#pre #content').innerText();
        release();
        await untilLive(b.page, b.url);
        assert.equal(await b.page.locator('#pre').count(), 0);
        assert.equal(await b.page.locator('#content').innerText(), pre, path);
      } finally {
        release();
        await b.page.unroute('**/*.wasm');
      }
    }
  } finally {
    await b.close();
  }
});


describe('a new screen', () => {
  let b;
  before(async () => { b = await open({ locale: 'nl-NL', viewport: PHONE }); });
  after(async () => { await b.close(); });

  test('opens at its top after the last one was scrolled', async () => {
    await load(b.page, b.url, '/');
    for (const [link, url] of [['#content a[href="/info/now"]', /\/info\/now$/], ['.bottom-nav a[href="/helplines"]', /\/helplines$/], ['.bottom-nav a[href="/find"]', /\/find$/]]) {
      await b.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      assert.ok(await b.page.evaluate(() => window.scrollY) > 200, 'scrolled down');
      await b.page.locator(link).first().click();
      await b.page.waitForURL(url);
      await b.page.waitForFunction(() => window.scrollY === 0, null, { timeout: 5000 }).catch(() => {});
      assert.equal(await b.page.evaluate(() => window.scrollY), 0, `${link} opens at the top`);
      assert.ok(await b.page.locator('#content h1').first().isVisible());
    }
  });
});
