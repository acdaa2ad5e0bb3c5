#!/usr/bin/python3
"""The desktop app's native path, for real: the same interpreter and click
handling as the phones (dioxus-desktop's native.ts), driven from outside
through the accessibility tree (AT-SPI) and real key presses (xdotool).

Started by scripts/desktop-native.sh inside Xvfb and a private D-Bus
session, with stub system openers first on PATH that only record what they
were asked. It checks:

1. every call and chat link on Start and Helplines, activated as a user
   would (focus, then Enter: the web view sends a click), reaches the
   system's handler (`xdg-open`) with exactly the link's `tel:` digits or
   https address, and nothing else is asked to open it (no web browser);
   the app is still on screen afterwards;
2. an evidence file picked through the desktop picker path (Dioxus asks rfd,
   which falls back to zenity without a portal) is saved in a new diary.

Prints one line per check and exits non-zero on the first failure.
"""
import os
import re
import subprocess
import sys
import time

import pyatspi

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LOG = os.environ["OPENER_LOG"]
EVIDENCE = os.environ["EVIDENCE_FILE"]


def messages(lang="en"):
    """The app's texts by message id (simple `id = value` lines)."""
    out = {}
    folder = os.path.join(ROOT, "locales", lang)
    for name in os.listdir(folder):
        if name.endswith(".ftl"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for line in f:
                    m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line.rstrip("\n"))
                    if m:
                        out[m.group(1)] = m.group(2)
    return out


T = messages()


def fail(why):
    # What is on screen, for whoever reads the log.
    for n in nodes():
        r = role(n)
        if r in ("push button", "link", "check box", "password text", "entry", "heading", "alert"):
            print(f"  on screen: {r} {name(n)[:70]!r}", file=sys.stderr)
    print(f"desktop native: FAILED ({why})")
    sys.exit(1)


def app():
    desk = pyatspi.Registry.getDesktop(0)
    for i in range(desk.childCount):
        a = desk.getChildAtIndex(i)
        if a is not None and a.name == "een-entree":
            return a
    return None


def walk(acc, out, depth=0):
    if acc is None or depth > 60:
        return out
    try:
        out.append(acc)
        n = acc.childCount
    except Exception:
        return out
    for i in range(min(n, 2000)):
        try:
            walk(acc.getChildAtIndex(i), out, depth + 1)
        except Exception:
            pass
    return out


def nodes():
    a = app()
    return walk(a, []) if a else []


def role(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return ""


def name(acc):
    try:
        return acc.name or ""
    except Exception:
        return ""


def uri(acc):
    try:
        return acc.queryHyperlink().getURI(0)
    except Exception:
        return ""


def wait_for(pred, what, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        found = pred()
        if found:
            return found
        time.sleep(0.5)
    fail(f"timed out waiting for {what}")


def links():
    return [n for n in nodes() if role(n) == "link"]


def outside_links():
    """The call and chat links on screen, in document order."""
    return [l for l in links() if re.match(r"^(tel:|https://)", uri(l))]


def press(acc, key="Return"):
    """Focus an element (the web view scrolls it into view), then a real key."""
    try:
        acc.queryComponent().grabFocus()
    except Exception as e:
        fail(f"cannot focus {role(acc)} {name(acc)!r}: {e}")
    time.sleep(0.3)
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)


def log_lines():
    try:
        with open(LOG, encoding="utf-8") as f:
            return [l.rstrip("\n") for l in f if l.strip()]
    except FileNotFoundError:
        return []


def dismiss_first_run():
    """The first run's explanation may stand before the screen: close it."""
    label = T.get("exit-info-confirm")
    for n in nodes():
        if role(n) == "push button" and name(n) == label:
            press(n)
            time.sleep(1)
            return


def go(nav_id):
    label = T[nav_id]
    target = wait_for(
        lambda: next((l for l in links() if name(l) == label and "dioxus://" in uri(l)), None),
        f"the {label!r} link",
    )
    press(target)


def check_links(screen, min_count):
    """Activates each call and chat link on the current screen."""
    found = wait_for(lambda: outside_links() if len(outside_links()) >= min_count else None,
                     f"{min_count} call and chat links on {screen}")
    hrefs = [uri(l) for l in found]
    for i, href in enumerate(hrefs):
        before = len(log_lines())
        # Look the link up again: the tree may have been rebuilt.
        current = [l for l in outside_links() if uri(l) == href]
        if not current:
            fail(f"{href} is gone from {screen}")
        press(current[0])
        lines = wait_for(lambda: log_lines()[before:] or None, f"an opener for {href}", timeout=15)
        time.sleep(0.5)
        lines = log_lines()[before:]
        if lines != [f"xdg-open {href}"]:
            fail(f"{screen} link {i} {href}: the system was asked {lines!r}, "
                 f"not exactly ['xdg-open {href}']")
        if app() is None or not outside_links():
            fail(f"the app is no longer on screen after {href}")
    tel = sum(h.startswith("tel:") for h in hrefs)
    print(f"desktop native: {screen}: {len(hrefs)} links ({tel} calls) went to xdg-open exactly")
    return hrefs


def fill(acc, text):
    press(acc, "ctrl+a")
    subprocess.run(["xdotool", "type", "--delay", "90", text], check=True)


def check_evidence():
    go("nav-diary")
    pw = wait_for(lambda: [n for n in nodes() if role(n) == "password text"][:2]
                  if len([n for n in nodes() if role(n) == "password text"]) >= 2 else None,
                  "the new diary's passphrase fields")
    phrase = "grey herons fish at noon"
    for field in pw:
        fill(field, phrase)
    tick = wait_for(lambda: next((n for n in nodes() if role(n) == "check box"), None),
                    "the 'I understand' box")
    press(tick, "space")
    create = wait_for(lambda: next((n for n in nodes() if role(n) == "push button"
                                    and name(n) == T["diary-create"]), None), "Create diary")
    press(create)
    kind = wait_for(lambda: next((n for n in nodes() if role(n) == "push button"
                                  and name(n).startswith(T["diary-kind-evidence"])), None),
                    "the open diary (a new photo or file)", timeout=90)
    press(kind)
    picker = wait_for(lambda: next((n for n in nodes() if role(n) == "push button"
                                    and name(n).startswith(T["diary-field-pick"])), None),
                      "the file picker")
    before = len(log_lines())
    press(picker, "space")
    wait_for(lambda: any(l.startswith("zenity ") and "--file-selection" in l for l in log_lines()[before:]),
             "the desktop picker (zenity) to be asked", timeout=20)
    file_name = os.path.basename(EVIDENCE)
    save = wait_for(lambda: next((n for n in nodes() if role(n) == "push button"
                                  and name(n) == T["diary-save"]), None), "Save")
    press(save)
    wait_for(lambda: any(file_name in name(n) for n in nodes() if role(n) != "push button"),
             f"the saved entry naming {file_name}", timeout=60)
    print(f"desktop native: evidence file {file_name} picked through zenity and saved")
    return file_name


def check_quick_exit_keys(file_name):
    """Shift three times (the page's key listener, run through the native
    interpreter's eval of src/js/page.js) empties the screen: the open
    diary's entry and every link of the app are gone, the neutral screen is
    there."""
    def shows_app():
        return any(file_name in name(n) or "0800" in name(n) for n in nodes()) or bool(links())
    if not shows_app():
        fail("the open diary is not on screen before the quick exit: the check would prove nothing")
    subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "250", "shift", "shift", "shift"], check=True)
    wait_for(lambda: (not shows_app()) or None, "the screen emptied by Shift pressed three times", timeout=15)
    if app() is None:
        fail("the app window is gone after the quick exit; the neutral screen should show")
    print("desktop native: Shift three times emptied the screen (no entry, no link of the app left)")


def main():
    end = time.time() + 90
    while app() is None:
        if time.time() > end:
            # Told apart from a failed check: the display or GTK did not
            # come up (xvfb-run -a can lose a race for a display number).
            print("desktop native: the app never appeared on the accessibility bus")
            sys.exit(3)
        time.sleep(0.5)
    time.sleep(2)
    dismiss_first_run()
    start = check_links("Start", 2)
    if not any(h == "tel:08000188" for h in start):
        fail(f"no tel:08000188 on Start: {start}")
    go("nav-helplines")
    time.sleep(1)
    check_links("Helplines", 8)
    check_quick_exit_keys(check_evidence())
    print("desktop native: passed")


if __name__ == "__main__":
    main()
