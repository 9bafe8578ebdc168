"""Desktop app benchmarks.

* ``gui_start_s``: from launching the process to the unlock screen being shown.
  The app runs in a subprocess with ``QT_QPA_PLATFORM=offscreen`` and
  ``NAPSURVEY_BENCH_EXIT_AT_UNLOCK=1``: it prints a line once the unlock
  screen is up and quits. The wall time is measured here, from before the
  process is started to the moment that line arrives (interpreter start and
  imports included, as a user would wait for them).
* ``gui_hide_ms``: quick-hide (F12) on an unlocked monitor home: neutral
  screen shown, pages dropped, vault locked (in-process, offscreen).
* ``gui_next_ms``: answer -> next screen in the interview runner; added by the
  runner's work (:func:`bench_answer_to_next`).

Ends with one line per figure: ``bench: NAME VALUE (target T) PASS|FAIL``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_TARGET_S = 1.5
RUNS = 5
PASSPHRASE = "bench passphrase for start 1"


def _make_vault(home: Path) -> None:
    env = {**os.environ, "NAPSURVEY_TEST_FAST_KDF": "1"}
    code = (
        "import sys; from pathlib import Path; from napsurvey.services.session import create_vault; "
        f"create_vault(Path(sys.argv[1]), 'monitor', {PASSPHRASE!r})"
    )
    subprocess.run([sys.executable, "-c", code, str(home)], check=True, env=env)


def time_start_to_unlock(home: Path) -> float:
    """Seconds from process launch to the unlock screen shown (one run)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NAPSURVEY_BENCH_EXIT_AT_UNLOCK": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "napsurvey", "--home", str(home), "gui"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.startswith("unlock_screen_shown"):
            elapsed = time.perf_counter() - started
            break
    proc.wait(timeout=60)
    if elapsed is None:
        raise RuntimeError("the app did not report the unlock screen")
    return elapsed


def bench_start() -> float:
    """Median start-to-unlock time over a few runs (the first warms the disk cache)."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        _make_vault(home)
        time_start_to_unlock(home)
        return statistics.median(time_start_to_unlock(home) for _ in range(RUNS))


HIDE_TARGET_MS = 1000.0


def bench_quick_hide() -> float:
    """Median milliseconds of quick-hide, from F12 to a locked vault behind the neutral screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["NAPSURVEY_TEST_FAST_KDF"] = "1"  # the KDF is not what is measured here
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from napsurvey.gui.app import build_window  # noqa: PLC0415
    from napsurvey.services import session as services  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        services.create_vault(home, "monitor", PASSPHRASE)
        window = build_window(app, home, services)
        window.show()
        for _ in range(RUNS):
            window.show_unlock()
            QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
            QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
            started = time.perf_counter()
            QTest.keyClick(window.content.currentWidget(), Qt.Key.Key_F12)
            times.append((time.perf_counter() - started) * 1000)
            assert window.session is None and window.is_hidden_screen
        window.close()
    return statistics.median(times)


def bench_answer_to_next() -> float | None:
    """Median answer -> next screen in the runner, in ms (the runner's work fills this in)."""
    return None


def main() -> int:
    start = bench_start()
    print(f"bench: gui_start_s {start:.3f} (target < {START_TARGET_S}) {'PASS' if start < START_TARGET_S else 'FAIL'}")
    hide = bench_quick_hide()
    print(f"bench: gui_hide_ms {hide:.1f} (target < {HIDE_TARGET_MS:.0f}) {'PASS' if hide < HIDE_TARGET_MS else 'FAIL'}")
    next_ms = bench_answer_to_next()
    if next_ms is not None:
        print(f"bench: gui_next_ms {next_ms:.2f} (target < 50) {'PASS' if next_ms < 50 else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
