// Every piece of JavaScript the app runs in its page, by name (see js.rs).
// On the web this file is a module of the build, loaded from the site
// itself: the Content-Security-Policy allows no eval and no inline script of
// the app's own, so nothing here is built from strings at run time. In the
// apps' web views it is evaluated as it is, followed by one call of `run`.
// Values come in `args` (JSON); a script answers with its return value, or
// any number of times through `send`.

const scripts = {
  /** Quick exit on the web: replace this page in the history with the neutral site. */
  leave({ url }) {
    window.location.replace(url);
  },

  /** The calculator's title while it shows, the page's own (kept aside the first time) otherwise. */
  title({ title }) {
    if (window.__eeTitle === undefined) window.__eeTitle = document.title;
    document.title = title === null ? window.__eeTitle : title;
  },

  /** The page's language and direction on the root element. */
  lang({ lang, dir }) {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  },

  /** While the page is hidden, the root element carries `away` and nothing of the page is drawn. */
  hideWhenAway() {
    if (window.__eeAway) return;
    window.__eeAway = true;
    const root = document.documentElement;
    const set = () => root.classList.toggle("away", document.visibilityState === "hidden");
    document.addEventListener("visibilitychange", set);
    window.addEventListener("pagehide", () => root.classList.add("away"));
    window.addEventListener("pageshow", set);
    set();
  },

  /** The service worker that keeps the web version working offline. */
  registerWorker() {
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js");
  },

  /**
   * The app's page has been drawn (hidden) beside the pre-rendered one:
   * in one step, carry over what was typed, chosen, focused and scrolled,
   * remove the pre-rendered page and show the app's. Nothing is painted in
   * between, so nothing flashes. A campaign page was pre-rendered in the
   * link's language: the app takes over once it shows that language too
   * (fetched on the web), or after 3 s. `mode` is kept for the next visit's
   * pre-rendered page (boot.js), as a code that names nothing: "seen" (the
   * first run's explanation was read: "1"), "disguise" (show nothing of the
   * page: "2"), "new" (forget), null (no news).
   */
  takeOver({ mode, lang }) {
    try {
      if (mode === "new") localStorage.removeItem("ee.pre");
      else if (mode) localStorage.setItem("ee.pre", mode === "disguise" ? "2" : "1");
    } catch (e) {}
    const pre = document.getElementById("pre");
    const main = document.getElementById("main");
    if (!main || window.__eeLive) return;
    const fixed = pre && pre.dataset.lang;
    if (fixed && lang !== fixed && mode !== "disguise") {
      window.__eeWait ??= setTimeout(() => scripts.takeOver({ mode: null, lang: fixed }), 3000);
      return;
    }
    clearTimeout(window.__eeWait);
    window.__eeLive = true;
    if (pre) {
      const [x, y] = [window.scrollX, window.scrollY];
      const shown = (el) => el.getClientRects().length > 0;
      const fields = (root) => [...root.querySelectorAll("input, select, textarea")];
      const focusable = (root) => [...root.querySelectorAll("a[href], button, input, select, textarea, summary")].filter(shown);
      const focused = focusable(pre).indexOf(document.activeElement);
      const [from, to] = [fields(pre), fields(main)];
      from.forEach((f, i) => {
        const t = to[i];
        if (!t || t.tagName !== f.tagName || (t.id && t.id !== f.id) || t.type === "file") return;
        if (f.type === "checkbox" || f.type === "radio") {
          if (t.checked !== f.checked) t.click();
        } else if (t.value !== f.value && (f.tagName !== "SELECT" || f.value !== f.querySelector("[selected]")?.value)) {
          t.value = f.value;
          t.dispatchEvent(new Event(f.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
        }
      });
      pre.remove();
      main.hidden = false;
      window.scrollTo(x, y);
      if (focused >= 0) focusable(main)[focused]?.focus({ preventScroll: true });
    } else {
      main.hidden = false;
    }
    // boot.js's work is done (its listeners stand down): nothing of it stays
    // in the document. (Only now: the attribute hides parts of #pre.)
    document.getElementById("boot")?.remove();
    delete document.documentElement.dataset.pre;
  },

  /** A new screen opens at its top, with the keyboard and screen readers at its heading. */
  toTop() {
    window.scrollTo(0, 0);
    const h1 = document.querySelector("#content h1");
    if (h1 && document.activeElement && document.activeElement !== document.body && !h1.contains(document.activeElement)) {
      if (!h1.hasAttribute("tabindex")) h1.setAttribute("tabindex", "-1");
      h1.focus({ preventScroll: true });
    }
  },

  /** Keeps `--top-h` on the root element equal to the header's height. */
  trackHeader() {
    const top = document.querySelector("header.top");
    if (top && window.__eeTop !== top) {
      window.__eeTop = top;
      const set = () => document.documentElement.style.setProperty("--top-h", top.offsetHeight + "px");
      new ResizeObserver(set).observe(top);
      set();
    }
  },

  /** Key releases for the Shift-three-times rule: only whether it was Shift, whether Shift was held, and the time. */
  async shiftKeys(_, send) {
    window.addEventListener("keyup", (e) => send([e.key === "Shift", e.shiftKey, e.timeStamp]), true);
    await new Promise(() => {});
  },

  stopSpeech() {
    if ("speechSynthesis" in window) speechSynthesis.cancel();
  },

  /** True when a voice for `lang` exists (voices load late in some browsers). */
  async hasVoice({ lang }) {
    if (!("speechSynthesis" in window)) return false;
    const match = () => speechSynthesis.getVoices().some((v) => (v.lang || "").toLowerCase().startsWith(lang));
    if (match()) return true;
    await new Promise((done) => {
      speechSynthesis.addEventListener("voiceschanged", done, { once: true });
      setTimeout(done, 1500);
    });
    return match();
  },

  speak({ text, lang }) {
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    const voice = speechSynthesis.getVoices().find((v) => (v.lang || "").toLowerCase().startsWith(lang));
    if (voice) u.voice = voice;
    speechSynthesis.speak(u);
  },

  /**
   * The platform's share sheet where there is one (on Android the app's own
   * bridge: its WebView has no navigator.share), otherwise the clipboard.
   */
  async share({ url }) {
    if (window.EenEntreeDevice && EenEntreeDevice.shareText) {
      return EenEntreeDevice.shareText(url) === "ok" ? "shared" : "failed";
    }
    if (navigator.share) {
      try { await navigator.share({ url }); return "shared"; } catch (e) { return "cancelled"; }
    }
    return scripts.copy({ url });
  },

  async copy({ url }) {
    try { await navigator.clipboard.writeText(url); return "copied"; } catch (e) { return "failed"; }
  },

  print() {
    window.print();
  },

  /** Prints the diary's report from a hidden, sandboxed frame (no scripts of the report run). */
  printFrame({ url }) {
    const host = document.getElementById("diary-print-host");
    if (!host) return;
    host.replaceChildren();
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-same-origin allow-modals");
    frame.setAttribute("tabindex", "-1");
    frame.addEventListener("load", () => {
      try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch (e) {}
    }, { once: true });
    frame.src = url;
    host.appendChild(frame);
  },

  /**
   * What the page sees of the user while the diary is open, for the core to
   * decide on locking (shared/src/idle_lock.rs): `{sign: "idle", ms}` each
   * time `limit` ms pass without use, `{sign: "hidden", picking}` when the
   * page is hidden (`picking`: a file picker or the camera was open), and
   * `{sign: "left"}` when the page goes away. `sent` counts the reports.
   */
  autoLock({ limit, id }, send) {
    if (window.__eeAutoLock) window.__eeAutoLock.stop();
    let timer = 0;
    let last = performance.now();
    let picking = false;
    const active = ["pointerdown", "keydown", "input", "wheel", "touchstart", "scroll"];
    const stop = () => {
      clearTimeout(timer);
      active.forEach((e) => window.removeEventListener(e, reset, true));
      window.removeEventListener("click", pick, true);
      window.removeEventListener("change", picked, true);
      window.removeEventListener("cancel", picked, true);
      document.removeEventListener("visibilitychange", visibility);
      window.removeEventListener("pagehide", left);
      if (window.__eeAutoLock === handle) window.__eeAutoLock = null;
    };
    const report = (sign) => { handle.sent += 1; send(sign); };
    const due = () => {
      report({ sign: "idle", ms: Math.max(0, Math.floor(performance.now() - last)) });
      timer = setTimeout(due, limit);
    };
    const reset = () => { last = performance.now(); clearTimeout(timer); timer = setTimeout(due, limit); };
    // A file input, or the Android camera button (the app's bridge opens the camera).
    const picker = (t) => t instanceof Element && (t.matches("input[type=file]") || t.closest("[data-ee-picker]") !== null);
    const pick = (e) => { if (picker(e.target)) picking = true; };
    const picked = (e) => { if (e.target instanceof HTMLInputElement && e.target.type === "file") picking = false; };
    const visibility = () => {
      if (document.visibilityState === "hidden") report({ sign: "hidden", picking });
      if (document.visibilityState === "visible") picking = false;
    };
    const left = () => report({ sign: "left" });
    const handle = { id, stop, sent: 0 };
    active.forEach((e) => window.addEventListener(e, reset, { capture: true, passive: true }));
    window.addEventListener("click", pick, true);
    window.addEventListener("change", picked, true);
    window.addEventListener("cancel", picked, true);
    document.addEventListener("visibilitychange", visibility);
    window.addEventListener("pagehide", left);
    window.__eeAutoLock = handle;
    reset();
  },

  /** Stops the auto-lock listener with this id, if it is the one running. */
  autoLockStop({ id }) {
    if (window.__eeAutoLock && window.__eeAutoLock.id === id) window.__eeAutoLock.stop();
  },

  /** Forgets the files the phones' pickers handed to the page (quick exit). */
  forgetPicked() {
    window.__eePicked = {};
  },

  /** The device's position, once, coarse: [lat, lon], "denied" or "unavailable". */
  async position() {
    if (!navigator.geolocation) return "unavailable";
    return await new Promise((done) => navigator.geolocation.getCurrentPosition(
      (p) => done([p.coords.latitude, p.coords.longitude]),
      (e) => done(e.code === 1 ? "denied" : "unavailable"),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 }));
  },
};

/** Runs the script `name`; resolves to its answer (null when it has none). */
async function run(name, args, send) {
  const script = scripts[name];
  if (!script) throw new Error(`no script ${name}`);
  const answer = await script(args ?? {}, send);
  return answer === undefined ? null : answer;
}

export { run };
