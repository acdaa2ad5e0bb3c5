// Prints the figures the foundation issue asks for (a script, not a test):
//   - quick-exit latency in Chromium, from the activating event to the moment
//     no sensitive text is left in the app's DOM (median of 20, button and Shift x3);
//   - web build size (wasm + js, raw and gzip);
//   - first render on localhost (navigation start to the call button in the DOM).
// Also saves screenshots of each screen under target/figures/ to look at.
import { readdir, readFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { open, load, watchExit, WEB_DIR, NEUTRAL_URL, START_PAGE } from './lib.mjs';

const RUNS = Number(process.env.RUNS ?? 20);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const fmt = (ms) => `${ms.toFixed(2)} ms`;

async function exitLatency(b, reports, trigger) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    reports.length = 0;
    await b.page.goto(b.url + START_PAGE);
    await load(b.page, b.url, '/helplines');
    await trigger(b.page);
    await b.page.waitForURL(NEUTRAL_URL, { timeout: 10_000 });
    const clean = reports.find((r) => r.kind === 'clean');
    if (!clean) throw new Error(`run ${i}: no clean report`);
    samples.push(clean.latencyMs);
  }
  return samples;
}

async function firstRender(b) {
  const samples = [];
  for (let i = 0; i < 10; i++) {
    await b.page.goto(b.url + '/');
    await b.page.waitForSelector('.action-big');
    samples.push(await b.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return window.__callShownAt - nav.startTime;
    }));
  }
  return samples;
}

async function sizes() {
  const dir = join(WEB_DIR, 'assets');
  const out = {};
  for (const f of await readdir(dir)) {
    const kind = f.endsWith('.wasm') ? 'wasm' : f.endsWith('.js') ? 'js' : null;
    if (!kind) continue;
    const bytes = await readFile(join(dir, f));
    out[kind] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  // The other languages: files beside the build, fetched when chosen.
  const locales = join(WEB_DIR, 'locales');
  out.locales = { files: 0, raw: 0, gzip: 0, maxGzip: 0 };
  for (const f of await readdir(locales).catch(() => [])) {
    const bytes = await readFile(join(locales, f));
    const gz = gzipSync(bytes, { level: 9 }).length;
    out.locales.files += 1;
    out.locales.raw += bytes.length;
    out.locales.gzip += gz;
    out.locales.maxGzip = Math.max(out.locales.maxGzip, gz);
  }
  const kdf = await readFile(join(WEB_DIR, 'kdf.wasm')).catch(() => Buffer.alloc(0));
  out.kdf = { raw: kdf.length, gzip: gzipSync(kdf, { level: 9 }).length };
  return out;
}

/**
 * How long the page's only thread is blocked (the longest "long task",
 * 50 ms or more) while a diary is created and while it is opened, and how
 * long each takes: the key derivation runs in a worker, so quick exit stays
 * responsive meanwhile.
 */
async function diaryBlocking() {
  const d = await open({ locale: 'en-US' });
  try {
    await d.context.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
    });
    const p = d.page;
    const pass = 'correct horse battery staple';
    const measure = async (act, done) => {
      await p.evaluate(() => { window.__long.length = 0; });
      const t = Date.now();
      await act();
      await p.waitForSelector(done, { timeout: 60_000 });
      const long = await p.evaluate(() => window.__long.splice(0));
      return { ms: Date.now() - t, longest: Math.max(0, ...long) };
    };
    await load(p, d.url, '/diary');
    await p.locator('#diary-passphrase').fill(pass);
    await p.locator('#diary-repeat').fill(pass);
    await p.locator('.diary-understood input').check();
    const create = await measure(() => p.locator('.diary-create button[type="submit"]').click(), '.diary-lock');
    await p.locator('.diary-lock').click();
    await p.locator('#diary-unlock-passphrase').fill(pass);
    const unlock = await measure(() => p.locator('.diary-unlock button[type="submit"]').click(), '.diary-lock');
    return { create, unlock };
  } finally {
    await d.close();
  }
}

const blocking = await diaryBlocking();
const b = await open({ locale: 'nl-NL' });
try {
  await b.context.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('.action-big')) { window.__callShownAt = performance.now(); obs.disconnect(); }
    }).observe(document, { subtree: true, childList: true });
  });
  const reports = await watchExit(b.page);
  const button = await exitLatency(b, reports, (p) => p.locator('header .quick-exit').click());
  const shift = await exitLatency(b, reports, async (p) => { for (let i = 0; i < 3; i++) await p.keyboard.press('Shift'); });
  const render = await firstRender(b);

  const shots = join(import.meta.dirname, '../../target/figures');
  await mkdir(shots, { recursive: true });
  await b.page.setViewportSize({ width: 412, height: 915 });
  for (const [name, path] of [['home', '/'], ['helplines', '/helplines'], ['settings', '/settings'], ['quick-exit', '/quick-exit'], ['not-found', '/nope']]) {
    await load(b.page, b.url, path);
    await b.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  }

  const s = await sizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`quick exit, button:   median ${fmt(median(button))} over ${RUNS} (min ${fmt(Math.min(...button))}, max ${fmt(Math.max(...button))})  goal <= 16 ms`);
  console.log(`quick exit, Shift x3: median ${fmt(median(shift))} over ${RUNS} (min ${fmt(Math.min(...shift))}, max ${fmt(Math.max(...shift))})  goal <= 16 ms`);
  console.log(`web build: wasm ${kb(s.wasm.raw)} raw / ${kb(s.wasm.gzip)} gzip; js ${kb(s.js.raw)} raw / ${kb(s.js.gzip)} gzip; total gzip ${kb(s.wasm.gzip + s.js.gzip)}  goal <= 1024 KiB gzip`);
  console.log(`diary key derivation worker (kdf.wasm, loaded when a diary is created or opened): ${kb(s.kdf.raw)} raw / ${kb(s.kdf.gzip)} gzip`);
  console.log(`other languages: ${s.locales.files} files, ${kb(s.locales.raw)} raw / ${kb(s.locales.gzip)} gzip in all, at most ${kb(s.locales.maxGzip)} gzip fetched when one is chosen`);
  console.log(`first render on localhost (navigation start to call button): median ${fmt(median(render))} over ${render.length}`);
  for (const [what, m] of [['creating', blocking.create], ['opening', blocking.unlock]]) {
    const blocked = m.longest ? `at most ${fmt(m.longest)} at a time` : 'never for 50 ms or more';
    console.log(`diary, ${what}: ${m.ms} ms in all; the page's thread blocked ${blocked} (scrypt runs in a worker)`);
  }
  console.log(`screenshots: ${shots}`);
} finally {
  await b.close();
}
