"""Re-make the indicator browser screenshots at 1366x768.

Run under a virtual X server from the repository root:
    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/make_coordinator_screenshots.py [NAME ...]
Uses a throw-away home folder holding made-up counts for the shipped questionnaires
(the same generator as the outputs tests).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import screens  # noqa: E402
from screens import unlock  # noqa: E402

from napsurvey.gui.app import build_window, configure_application  # noqa: E402
from napsurvey.services import session as services  # noqa: E402
from tests.services.outputs_data import PASSPHRASE, fill_with_shipped_data, make_coordinator  # noqa: E402

#: Names given on the command line re-make only those screenshots.
ONLY = set(sys.argv[1:])


def screen_shot(name: str) -> None:
    if ONLY and name not in ONLY:
        return
    screens.screen_shot(name, settle_ms=250)


def main() -> int:
    configure_application()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        vault = make_coordinator(Path(tmp))
        fill_with_shipped_data(vault)
        vault.lock()
        window = build_window(app, Path(tmp) / "coordinator", services)
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        QTest.qWait(300)
        window.set_language("fr")
        screen_shot("coordinator-home-fr")
        window.set_language("en")
        home = window.content.currentWidget()
        home.show_section("reports")
        browser = home.pages["reports"]
        # One quarter of the incident form: a few counts fall under its threshold of 20.
        browser.set_filters("crsv_incident", "2026-10", "2026-12")
        browser.select_indicator("crsv_incident", "locations_by_type")
        screen_shot("coordinator-indicators")
        browser.detail_scroll.verticalScrollBar().setValue(browser.detail_scroll.verticalScrollBar().maximum())
        screen_shot("coordinator-indicator-chart")
        browser.detail_scroll.verticalScrollBar().setValue(0)
        browser.set_filters(None)
        browser.select_indicator("community_safety", "safe_night_by_region_sex")
        screen_shot("coordinator-indicators-all")
        dialog = browser.print_report()
        QTest.qWait(100)
        dialog.move((1366 - dialog.width()) // 2, (768 - dialog.height()) // 2)
        screen_shot("coordinator-report-options")
        dialog.reject()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
