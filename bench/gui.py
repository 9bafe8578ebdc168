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
    env = dict(os.environ)
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


NEXT_TARGET_MS = 50.0


def _largest_shipped_form() -> str:
    """The shipped form with the most survey rows (a monitor can start it without a kit)."""
    from napsurvey.vault.shipped import shipped_forms  # noqa: PLC0415

    forms = [form for form, _ in shipped_forms() if not form.is_high]
    return max(forms, key=lambda form: len(form.survey)).form_id


def bench_answer_to_next() -> float | None:
    """Median ms from the monitor's last answer on a screen to the next screen drawn, in the runner.

    Drives the real widgets offscreen at 1366x768 with QTest on the largest
    shipped form: click the answer (engine answer, screen redrawn, draft saved
    in the vault), click Next (engine next, next screen built), then let Qt lay
    it out. Each screen of a whole interview is one sample.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from napsurvey.gui.interview.inputs import MultipleChoiceInput, SingleChoiceInput, TextInput  # noqa: PLC0415
    from napsurvey.gui.interview.runner import InterviewRunner  # noqa: PLC0415
    from napsurvey.gui.style import apply_style  # noqa: PLC0415
    from napsurvey.services import interviews  # noqa: PLC0415
    from napsurvey.services import session as services  # noqa: PLC0415

    typed = {"age": "34", "meetings_count": "3", "nap_year": "2019", "wps_budget_percent": "1.5", "unit_count": "2"}
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_style(app)
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        services.create_vault(home, "monitor", PASSPHRASE)
        session = services.unlock(home, PASSPHRASE)
        form_id = _largest_shipped_form()
        for _ in range(3):  # three whole interviews
            runner = InterviewRunner(session, interviews.start_interview(session, form_id, language="en"))
            runner.resize(1366, 768)
            runner.show()
            app.processEvents()
            view = runner.view
            for _screen in range(400):
                screen = view.current
                if screen is None or screen.kind in ("end", "ended"):
                    break
                if screen.kind == "repeat":
                    QTest.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
                    continue
                last = None
                for prompt in list(view.question.prompts):
                    app.processEvents()
                    widget = prompt.input
                    if isinstance(widget, TextInput):
                        QTest.keyClicks(widget.edit, typed.get(prompt.name, "1"))
                    elif isinstance(widget, (SingleChoiceInput, MultipleChoiceInput)) and widget.buttons:
                        last = widget.buttons[1 if prompt.name != "consent" and len(widget.buttons) > 1 else 0]
                        if prompt.name == "consent":
                            last = next(b for b in widget.buttons if b.property("choice") == "yes")
                if last is None:
                    QTest.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
                    app.processEvents()
                    continue
                started = time.perf_counter()
                QTest.mouseClick(last, Qt.MouseButton.LeftButton, pos=QPoint(8, last.height() // 2))
                QTest.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
                app.processEvents()
                times.append((time.perf_counter() - started) * 1000)
            runner.stop(keep_draft=False)
            runner.deleteLater()
            app.processEvents()
        session.lock()
    return statistics.median(times) if times else None


def main() -> int:
    start = bench_start()
    print(f"bench: gui_start_s {start:.3f} (target < {START_TARGET_S}) {'PASS' if start < START_TARGET_S else 'FAIL'}")
    hide = bench_quick_hide()
    print(f"bench: gui_hide_ms {hide:.1f} (target < {HIDE_TARGET_MS:.0f}) {'PASS' if hide < HIDE_TARGET_MS else 'FAIL'}")
    next_ms = bench_answer_to_next()
    if next_ms is not None:
        verdict = "PASS" if next_ms < NEXT_TARGET_MS else "FAIL"
        print(f"bench: gui_next_ms {next_ms:.2f} (target < {NEXT_TARGET_MS:.0f}) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
