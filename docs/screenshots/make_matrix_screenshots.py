"""Render the layout matrix: English, French, Arabic x 1366x768 and 1024x600 x 12 and 16 pt.

Each cell shows the monitor's home, a question, a field-list group, the
review and the neutral screen exactly as a screen of that size shows them
(the window is cut to the screen: anything beyond its edge is not seen).
Run under a virtual X server from the repository root:

    NAPSURVEY_TEST_FAST_KDF=1 xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/make_matrix_screenshots.py

Images go to ``docs/screenshots/matrix/`` at half size, in 256 colours, with
an index (``README.md``). Uses throw-away home folders and invented answers.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screens import OUT, PASSPHRASE, unlock

from napsurvey.gui.app import build_window, configure_application
from napsurvey.gui.i18n import write_language
from napsurvey.gui.interview import InterviewRunner
from napsurvey.gui.settings_page import AppSettings
from napsurvey.gui.window import MainWindow
from napsurvey.services import interviews
from napsurvey.services import session as services

MATRIX = OUT / "matrix"
LANGUAGES = ("en", "fr", "ar")
SIZES = (QSize(1366, 768), QSize(1024, 600))
FONTS = (12, 16)
SCREENS = ("home", "question", "group", "review", "neutral")
REFERRALS = {"north_1": [{"name": "North district health centre", "kind": "medical", "contact": "Main road"}]}
ANSWERS = {"age": "34", "sex": "female", "region": "north", "district": "north_1", "safe_night": "very_unsafe"}


def _save(window: MainWindow, size: QSize, name: str) -> None:
    """What a screen of ``size`` shows of the window, at half size in 256 colours."""
    window.resize(size)
    QApplication.processEvents()
    QTest.qWait(120)
    image = window.grab().toImage().copy(QRect(0, 0, size.width(), size.height()))
    half = image.scaled(size / 2, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    half.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.OrderedDither).save(
        str(MATRIX / f"{name}.png"), "PNG", 9
    )


def _choose(runner: InterviewRunner, name: str, choice: str) -> None:
    for view in runner.view.question.prompts:
        if view.name == name and view.input is not None:
            button = next(b for b in view.input.buttons if b.property("choice") == choice)  # type: ignore[attr-defined]
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
            QApplication.processEvents()
            return


def _answer_screen(runner: InterviewRunner) -> None:
    """Answer every question of the screen: the invented answer, else the first choice."""
    done: set[str] = set()
    while True:
        pending = [v for v in runner.view.question.prompts if v.name not in done and v.input is not None]
        if not pending:
            return
        view = pending[0]
        done.add(view.name)
        names = getattr(view.input, "names", None)
        if names:
            _choose(runner, view.name, ANSWERS.get(view.name, "yes" if view.name == "consent" else names[0]))
        elif hasattr(view.input, "edit"):
            view.input.edit.setFocus()  # type: ignore[union-attr]
            QTest.keyClicks(view.input.edit, ANSWERS.get(view.name, "2"))  # type: ignore[union-attr]
            QTest.keyClick(view.input.edit, Qt.Key.Key_Tab)  # type: ignore[union-attr]


def _next(runner: InterviewRunner) -> None:
    QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def cell(app: QApplication, language: str, font_pt: int, shoot: Callable[[MainWindow, str], None]) -> None:
    """One language at one text size: walk the five screens and shoot each at every size."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "monitor"
        services.create_vault(home, "monitor", PASSPHRASE)
        write_language(home, language)
        with services.unlock(home, PASSPHRASE) as session:
            dataclasses.replace(AppSettings.load(session), font_pt=font_pt).save(session)
            session.put_setting(interviews.REFERRALS_KEY, REFERRALS)
        window = build_window(app, home, services)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        shoot(window, "home")
        window.start_interview("community_safety")
        runner = window.content.currentWidget()
        assert isinstance(runner, InterviewRunner)
        _answer_screen(runner)
        _next(runner)
        shoot(window, "group")
        for _ in range(2):
            _answer_screen(runner)
            _next(runner)
        shoot(window, "question")
        for _ in range(40):
            current = runner.view.current
            if current is None or current.kind == "end":
                break
            _answer_screen(runner)
            _next(runner)
        shoot(window, "review")
        window.quick_hide()
        shoot(window, "neutral")
        window.close()


def _index() -> str:
    lines = [
        "# Layout matrix",
        "",
        "The monitor's screens in each interface language, at two laptop screen sizes and two text sizes,",
        "cut to what the screen shows. Made by `docs/screenshots/make_matrix_screenshots.py`;",
        "`tests/gui/test_layout_fits.py` checks the same cells for the safety buttons.",
        "",
    ]
    for language in LANGUAGES:
        lines += [f"## {dict(en='English', fr='Français', ar='العربية')[language]}", ""]
        lines.append("| screen | " + " | ".join(f"{s.width()}×{s.height()}, {f} pt" for s in SIZES for f in FONTS) + " |")
        lines.append("|---" * (1 + len(SIZES) * len(FONTS)) + "|")
        for screen in SCREENS:
            cells = [f"![{screen}]({language}-{s.width()}x{s.height()}-{f}pt-{screen}.png)" for s in SIZES for f in FONTS]
            lines.append(f"| {screen} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    configure_application()
    app = QApplication(sys.argv[:1])
    MATRIX.mkdir(exist_ok=True)
    for language in LANGUAGES:
        for font_pt in FONTS:

            def shoot(window: MainWindow, screen: str, language: str = language, font_pt: int = font_pt) -> None:
                for size in SIZES:
                    _save(window, size, f"{language}-{size.width()}x{size.height()}-{font_pt}pt-{screen}")

            cell(app, language, font_pt, shoot)
            print("done", language, font_pt, flush=True)
    (MATRIX / "README.md").write_text(_index() + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
