// Inline in every pre-rendered page (its hash is in the page's
// Content-Security-Policy), for the moments before the app runs: quick exit
// by the button, the skip link and Shift three times (empty the page, then
// replace it in the history), in-app links that replace the history entry,
// the page drawn empty while hidden, and what the app last said of this
// device (data-pre: 1, the first run seen; 2, the disguise: then nothing
// of the page shows). Once the app has taken over (window.__eeLive) it does
// all of this, and removes this script's element.
(() => {
  const root = document.documentElement;
  try { const m = localStorage.getItem("ee.pre"); if (m) root.dataset.pre = m; } catch (e) {}
  const away = () => root.classList.toggle("away", document.visibilityState === "hidden");
  document.addEventListener("visibilitychange", away);
  addEventListener("pagehide", () => root.classList.add("away"));
  addEventListener("pageshow", away);
  const leave = (url) => { document.body.replaceChildren(); location.replace(url); };
  addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest("a[href]");
    if (window.__eeLive || !a || e.defaultPrevented || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (a.matches(".quick-exit, .skip-exit")) { e.preventDefault(); leave(a.href); return; }
    const u = new URL(a.href, location.href);
    if (u.origin === location.origin && !a.target && !a.hasAttribute("download")) { e.preventDefault(); location.replace(u.href); }
  }, true);
  // shared::quick_exit::ShiftTrigger: three Shift presses, each within 5 s,
  // none used for a capital, no other key between.
  let count = 0, last = -1, modified = false;
  addEventListener("keyup", (e) => {
    const shift = e.key === "Shift";
    if (shift && !modified) {
      count = last >= 0 && e.timeStamp >= last && e.timeStamp - last <= 5000 ? count + 1 : 1;
      last = e.timeStamp;
    } else { count = 0; last = -1; }
    modified = e.shiftKey && !shift;
    const exit = document.querySelector("#pre .quick-exit");
    if (count >= 3 && !window.__eeLive && exit) { count = 0; last = -1; leave(exit.href); }
  }, true);
})();
