// Figures for a first visit on a phone's slow connection (a script, not a
// test): `node first-visit.mjs` after a web build (WEB_DIR=... for another).
//   - bytes of HTML (brotli and gzip) up to the end of the first call link;
//   - time from the request to a working call link (a laid-out, painted
//     `tel:08000188` link) and to the running app (the wasm's own page), on a
//     phone-sized screen with Chromium's network emulation (CDP) for Slow 3G,
//     Fast 3G and 4G, first visit (empty profile) and repeat visit (service
//     worker installed);
//   - the wasm's size, raw, gzip and brotli.
// The build is served by serve.mjs as a static host would: .br/.gz files.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const WEB_DIR = process.env.WEB_DIR ?? join(import.meta.dirname, '../../target/dx/een-entree/release/web/public');
const RUNS = Number(process.env.RUNS ?? 3);
const PATHS = (process.env.PATHS ?? '/,/c/1/parents/nl').split(',');
// Download and upload in bytes per second, round-trip time in ms.
const NETWORKS = [
  ['Slow 3G', 400_000 / 8, 400],
  ['Fast 3G', 1_600_000 / 8, 150],
  ['4G', 9_000_000 / 8, 60],
].filter(([name]) => !process.env.NETWORKS || process.env.NETWORKS.split(',').includes(name));
const CALL = 'a[href="tel:08000188"]';
const LIMIT_MS = 60_000;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : `never (in ${LIMIT_MS / 1000} s)`);
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => gzipSync(b, { level: 9 }).length;

/** The HTML a first visit to `path` gets, as serve.mjs resolves it. */
async function htmlFor(server, path) {
  const res = await fetch(server.url + path, { headers: { 'accept-encoding': 'identity' } });
  return Buffer.from(await res.arrayBuffer());
}

/** Bytes up to the end of the first call link, compressed; null if the HTML has none. */
function bytesBeforeCall(html) {
  const text = html.toString('utf8');
  const at = text.indexOf('href="tel:08000188"');
  if (at < 0) return null;
  const end = text.indexOf('</a>', at) + 4;
  const prefix = Buffer.from(text.slice(0, end));
  return { raw: prefix.length, br: br(prefix), gzip: gz(prefix) };
}

// In every document: when the first call link is laid out (and the frame
// after it painted), and when the app's own page (rendered by the wasm into
// #main) shows a call link.
const WATCH = `(() => {
  if (location.hostname !== '127.0.0.1') return;
  window.__ee = {};
  const shown = (sel) => { const a = document.querySelector(sel); return a && a.getBoundingClientRect().width > 0; };
  const mark = (key) => requestAnimationFrame(() => setTimeout(() => { window.__ee[key] ??= performance.now(); }));
  let call = false, app = false;
  const check = () => {
    if (!call && shown('${CALL}')) { call = true; mark('call'); }
    if (!app && shown('#main ${CALL}')) { app = true; mark('app'); }
    if (call && app) obs.disconnect();
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function visit(server, path, [, bytes, rtt]) {
  const profile = await mkdtemp(join(tmpdir(), 'een-entree-figures-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale: 'nl-NL',
    viewport: { width: 412, height: 915 },
    isMobile: true,
    hasTouch: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=nl-NL'],
  });
  try {
    await context.addInitScript(WATCH);
    // SEEN=1: as if the first run's explanation had been read before (the
    // settings the app copies from localStorage when its database is empty).
    if (process.env.SEEN === '1') {
      await context.addInitScript(() => {
        if (location.hostname === '127.0.0.1') localStorage.setItem('ee.settings', JSON.stringify({ exit_info_seen: true }));
      });
    }
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: rtt, downloadThroughput: bytes, uploadThroughput: bytes,
    });
    const measure = async () => {
      await page.goto(server.url + path, { waitUntil: 'commit' });
      // A call link that never shows counts as "never" (Infinity).
      await page.waitForFunction(() => window.__ee?.call !== undefined && window.__ee?.app !== undefined, null, { timeout: LIMIT_MS, polling: 100 })
        .catch(() => {});
      return page.evaluate(() => ({ call: window.__ee?.call ?? Infinity, app: window.__ee?.app ?? Infinity }));
    };
    const first = await measure();
    // Repeat visit: once the service worker holds every file.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return reg.active?.state;
    });
    const repeat = await measure();
    return { first, repeat };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function wasmSizes() {
  const dir = join(WEB_DIR, 'assets');
  const out = [];
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.wasm'))) {
    const bytes = await readFile(join(dir, f));
    const beside = async (ext) => (await readFile(join(dir, f + ext)).catch(() => null))?.length;
    out.push({ f, raw: bytes.length, gzip: (await beside('.gz')) ?? gz(bytes), br: (await beside('.br')) ?? br(bytes) });
  }
  return out;
}

const server = await serve(WEB_DIR, 0);
try {
  console.log(`build: ${WEB_DIR}${process.env.SEEN === '1' ? ' (explanation seen before)' : ''}`);
  for (const w of await wasmSizes()) {
    console.log(`wasm ${w.f}: ${kb(w.raw)} raw, ${kb(w.gzip)} gzip, ${kb(w.br)} brotli`);
  }
  for (const path of PATHS) {
    const html = await htmlFor(server, path);
    const before = bytesBeforeCall(html);
    console.log(`\n${path}: HTML ${kb(html.length)} raw, ${kb(br(html))} brotli, ${kb(gz(html))} gzip; up to the end of the call link: ${
      before ? `${kb(before.br)} brotli, ${kb(before.gzip)} gzip (${kb(before.raw)} raw)  budget <= 14 KiB` : 'no call link in the HTML (the wasm builds it)'}`);
    for (const net of NETWORKS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await visit(server, path, net));
      const m = (pick) => sec(median(runs.map(pick)));
      console.log(`  ${net[0].padEnd(8)} first visit: call link ${m((r) => r.first.call)}, app running ${m((r) => r.first.app)};`
        + ` repeat visit: call link ${m((r) => r.repeat.call)}, app running ${m((r) => r.repeat.app)}  (median of ${RUNS})`);
    }
  }
} finally {
  await server.close();
}
