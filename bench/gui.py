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
* ``gui_typing_ms``: keystroke -> the number field repainted, in the runner
  (:func:`bench_typing`); a bare line edit in an empty window, measured the
  same way in the same run, is printed beside it as the raw baseline.

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

    typed = {"age": "34"}
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


TYPING_TARGET_MS = 16.0
KEYSTROKES = 300


def _keystroke_ms(edit: object, keys: str) -> list[float]:
    """Milliseconds from each key press to the end of the field's next paint."""
    from PySide6.QtCore import QEvent, QObject  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QWidget  # noqa: PLC0415

    assert isinstance(edit, QWidget)
    painted = [False]

    class _Painted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt name)
            if event.type() == QEvent.Type.Paint:
                painted[0] = True
            return False

    watcher = _Painted()
    edit.installEventFilter(watcher)
    times = []
    for key in keys:
        painted[0] = False
        started = time.perf_counter()
        QTest.keyClicks(edit, key)
        for _ in range(1000):
            if painted[0]:
                break
            QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    edit.removeEventFilter(watcher)
    return times


def bench_typing() -> tuple[float, float]:
    """Median ms from a keystroke to the repainted number field: in the runner, and in a bare line edit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["NAPSURVEY_TEST_FAST_KDF"] = "1"
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget  # noqa: PLC0415

    from napsurvey.gui.interview.inputs import TextInput  # noqa: PLC0415
    from napsurvey.gui.interview.runner import InterviewRunner  # noqa: PLC0415
    from napsurvey.gui.style import apply_style  # noqa: PLC0415
    from napsurvey.services import interviews  # noqa: PLC0415
    from napsurvey.services import session as services  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_style(app)
    pairs = KEYSTROKES // 2  # "34", typed again and again into an emptied field
    bare = QWidget()
    QVBoxLayout(bare).addWidget(line := QLineEdit(bare))
    bare.resize(1366, 768)
    bare.show()
    app.processEvents()
    line.setFocus()
    baseline: list[float] = []
    for _ in range(pairs):
        line.clear()
        baseline += _keystroke_ms(line, "34")
    bare.close()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        services.create_vault(home, "monitor", PASSPHRASE)
        session = services.unlock(home, PASSPHRASE)
        runner = InterviewRunner(session, interviews.start_interview(session, "community_safety", language="en"))
        runner.resize(1366, 768)
        runner.show()
        app.processEvents()
        view = runner.view
        consent = next(p for p in view.question.prompts if p.name == "consent")
        button = next(b for b in consent.input.buttons if b.property("choice") == "yes")  # type: ignore[union-attr]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
        QTest.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        app.processEvents()
        age = next(p for p in view.question.prompts if p.name == "age")
        assert isinstance(age.input, TextInput)
        edit = age.input.edit
        edit.setFocus()
        app.processEvents()
        measured: list[float] = []
        for _ in range(pairs):
            edit.select_all_quietly()
            QTest.keyClick(edit, Qt.Key.Key_Delete)
            measured += _keystroke_ms(edit, "34")
        runner.stop(keep_draft=False)
        runner.deleteLater()
        app.processEvents()
        session.lock()
    return statistics.median(measured), statistics.median(baseline)


def main() -> int:
    start = bench_start()
    print(f"bench: gui_start_s {start:.3f} (target < {START_TARGET_S}) {'PASS' if start < START_TARGET_S else 'FAIL'}")
    hide = bench_quick_hide()
    print(f"bench: gui_hide_ms {hide:.1f} (target < {HIDE_TARGET_MS:.0f}) {'PASS' if hide < HIDE_TARGET_MS else 'FAIL'}")
    next_ms = bench_answer_to_next()
    if next_ms is not None:
        verdict = "PASS" if next_ms < NEXT_TARGET_MS else "FAIL"
        print(f"bench: gui_next_ms {next_ms:.2f} (target < {NEXT_TARGET_MS:.0f}) {verdict}")
    typing, bare = bench_typing()
    print(f"typing: {typing:.2f} ms per keystroke in the runner's number field, {bare:.2f} ms in a bare line edit")
    verdict = "PASS" if typing < TYPING_TARGET_MS else "FAIL"
    print(f"bench: gui_typing_ms {typing:.2f} (target < {TYPING_TARGET_MS:.0f}) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
