// Shared set-up for the browser specs and the figures script: serves the web
// build on 127.0.0.1 and launches Debian's Chromium through playwright-core.
// No test downloads a browser and no request leaves this machine: every
// request to another host is answered locally (the neutral site) or aborted.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

export const WEB_DIR = process.env.WEB_DIR ?? join(import.meta.dirname, '../../target/dx/een-entree/release/web/public');
export const NEUTRAL_URL = 'https://www.knmi.nl/';
export const NEUTRAL_BODY = '<!doctype html><title>Weer</title><h1>Het weer vandaag</h1>';
export const START_PAGE = '/__test/start.html';
const NEUTRAL_DELAY_MS = 300;

// Words that must never be on screen (or in the DOM) after a quick exit.
export const SENSITIVE = ['0800', 'Centrum', 'seksueel', 'Sexual', 'Snel weg', 'Exit now', 'helpline', 'Hulplijnen', 'Helplines', '112'];

/**
 * Starts the server and a browser context with the given locale.
 * `javaScript: false` turns scripts off; `viewport` sets the screen size.
 * Each page of the app first shows its pre-rendered HTML, then the app
 * takes over: `goto` and `reload` of the context's first page resolve once
 * the app runs (window.__eeLive), so that specs act on the app itself.
 */
export async function open({ locale = 'nl-NL', introSeen = true, route = true, serviceWorkers = 'allow', javaScript = true, viewport } = {}) {
  const extra = {
    [START_PAGE]: '<!doctype html><title>Start</title><p>A page before the app.</p>',
  };
  const server = await serve(WEB_DIR, 0, extra);
  const profile = await mkdtemp(join(tmpdir(), 'een-entree-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale,
    // 'block' for tests that route the app's own files: a service worker
    // that has taken control answers from its cache, past the routes.
    serviceWorkers,
    javaScriptEnabled: javaScript,
    ...(viewport ? { viewport } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--lang=${locale}`],
  });
  // Answer the neutral exit site locally and cut every other host. (The
  // service-worker test turns this off: routing and service workers do not mix.)
  if (route) {
    await context.route('**/*', (r) => {
      const url = r.request().url();
      if (url.startsWith(server.url)) return r.continue();
      if (url.startsWith(NEUTRAL_URL)) {
        // Answered after a short wait, as a real network would: a cross-site
        // navigation that commits at once can destroy the old page's context
        // before Playwright has handled the last report the old page sent
        // through its binding (the exit watchers' reports were then lost, in
        // CI). The watchers measure from the trigger to the emptied DOM, so
        // the wait does not change any figure.
        return new Promise((done) => setTimeout(done, NEUTRAL_DELAY_MS))
          .then(() => r.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY }));
      }
      return r.abort();
    });
  }
  if (introSeen) {
    await context.addInitScript(() => {
      if (location.hostname === '127.0.0.1' && !localStorage.getItem('ee.settings')) {
        localStorage.setItem('ee.settings', JSON.stringify({ exit_info_seen: true }));
        // What the app leaves for the next visit's pre-rendered page (js/page.js).
        localStorage.setItem('ee.pre', '1');
      }
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  // The pages' policy refuses inline scripts: a script a spec adds from a
  // file (axe-core) is served by the test server and added by its address.
  const addScriptTag = page.addScriptTag.bind(page);
  page.addScriptTag = async ({ path, ...rest }) => {
    if (!path) return addScriptTag(rest);
    const at = `/__test/script-${Object.keys(extra).length}.js`;
    extra[at] = { type: 'text/javascript; charset=utf-8', body: await readFile(path) };
    return addScriptTag({ ...rest, url: server.url + at });
  };
  if (javaScript) {
    for (const name of ['goto', 'reload']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        await untilLive(page, server.url);
        return response;
      };
    }
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    page,
    context,
    url: server.url,
    errors,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Loads an app path and waits until the core has rendered the app. */
/// Seeds the app's saved settings for the next page load: the app keeps them
/// in IndexedDB and copies them from localStorage ('ee.settings') only when
/// its database has none, so the database is removed first.
export async function seedSettings(page, url, settings) {
  await page.goto(url + START_PAGE);
  await page.evaluate(async (s) => {
    await new Promise((done) => {
      const q = indexedDB.deleteDatabase('een-entree');
      q.onsuccess = q.onerror = q.onblocked = done;
    });
    localStorage.setItem('ee.settings', JSON.stringify(s));
  }, settings);
}

export async function load(page, url, path = '/') {
  await page.goto(url + path);
  await untilLive(page, url);
  await page.waitForSelector('#app header .quick-exit, #app .exit-info', { timeout: 20_000 });
}

/**
 * On a page of the app: waits (up to 20 s, without failing) until the app
 * has taken over from the pre-rendered page. Elsewhere returns at once.
 */
export async function untilLive(page, url) {
  const at = page.url();
  if (!at.startsWith(url) || new URL(at).pathname.startsWith('/__test/')) return;
  await page.waitForFunction(() => window.__eeLive === true, null, { timeout: 20_000 }).catch(() => {});
}

/**
 * Waits (up to `ms`) for a report of `kind` from `watchExit`: the old page's
 * reports travel through Playwright's binding and may be handled just after
 * the new page has committed. Playwright drops a report whose page context
 * is already gone, hence the neutral site's short wait in `open`; a
 * `pagehide` report can still be lost that way. Returns it, or undefined.
 */
export async function exitReport(reports, kind, ms = 2000) {
  for (let waited = 0; waited < ms && !reports.some((r) => r.kind === kind); waited += 50) {
    await new Promise((done) => setTimeout(done, 50));
  }
  return reports.find((r) => r.kind === kind);
}

/**
 * Installs, in every document of the page, a watcher that reports through
 * `reportExit` when the app's DOM first holds none of the SENSITIVE words
 * after a quick-exit trigger, and what the DOM held when the page unloaded.
 */
export async function watchExit(page) {
  const reports = [];
  await page.exposeFunction('reportExit', (r) => reports.push(r));
  await page.addInitScript((words) => {
    const dirty = () => {
      const app = document.getElementById('app');
      const html = app ? app.innerHTML.replace(/<style[\s\S]*?<\/style>/g, '') : '';
      return words.filter((w) => html.includes(w));
    };
    let triggeredAt = null;
    const arm = (e) => {
      if (triggeredAt === null && location.hostname === '127.0.0.1') {
        triggeredAt = e.timeStamp;
        const check = () => {
          if (dirty().length === 0) {
            obs.disconnect();
            window.reportExit({ kind: 'clean', latencyMs: performance.now() - triggeredAt });
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
        check();
      }
    };
    window.__armExitWatch = arm;
    window.addEventListener('click', (e) => {
      if (e.target.closest && e.target.closest('.quick-exit, .skip-exit')) arm(e);
    }, true);
    let shifts = 0;
    window.addEventListener('keyup', (e) => {
      shifts = e.key === 'Shift' ? shifts + 1 : 0;
      if (shifts === 3) arm(e);
    }, true);
    window.addEventListener('pagehide', () => {
      if (location.hostname === '127.0.0.1' && triggeredAt !== null) {
        window.reportExit({ kind: 'unload', left: dirty() });
      }
    });
  }, SENSITIVE);
  return reports;
}
