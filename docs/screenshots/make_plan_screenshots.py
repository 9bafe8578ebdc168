"""Re-make the Plan area screenshots at 1366x768.

Run under a virtual X server from the repository root:
    NAPSURVEY_TEST_FAST_KDF=1 xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/make_plan_screenshots.py
Uses a throw-away coordinator home holding the Example Republic's plan and its two assessed periods.
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
from screens import PASSPHRASE, unlock  # noqa: E402

from napsurvey.gui.app import build_window, configure_application  # noqa: E402
from napsurvey.paths import resources_dir  # noqa: E402
from napsurvey.services import plans  # noqa: E402
from napsurvey.services import session as services  # noqa: E402


def main() -> int:
    configure_application()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "coordinator"
        services.create_vault(home, "coordinator", PASSPHRASE)
        with services.unlock(home, PASSPHRASE) as session:
            plans.import_plan(session, resources_dir() / "plans" / "example_republic.yaml")
            plans.assess(session, resources_dir() / "plans" / "example_republic.assessments.yaml")
        window = build_window(app, home, services)
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        QTest.qWait(300)
        page = window.content.currentWidget()
        page.show_section("plan")
        area = page.pages["plan"]
        screens.screen_shot("plan-area", settle_ms=300)
        view = area.open_scorecard()
        view.show_pages()
        while view.task is not None and not view.task.done:
            QTest.qWait(50)
        QTest.qWait(200)
        QApplication.processEvents()
        view.page_scroll.verticalScrollBar().setValue(view.page_labels[0].height() * 2 + 40)
        screens.screen_shot("plan-scorecard-screen", settle_ms=300)
        area.stack.setCurrentWidget(area.overview)
        area.period_choice.setCurrentIndex(area.period_choice.findData("2026-H2"))
        assess = area.open_assessment()
        assess.action_status["PAR.1.1"].setFocus()
        screens.screen_shot("plan-assess", settle_ms=300)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
