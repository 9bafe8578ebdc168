"""Finding 4: for an area with no service, "Where to get help" says so, then shows the nearest listed ones.

It used to list other districts' services under "these services are
available near you", as if they were local.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE, unlock
from interview_driver import answer_screen, click_next
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from runner_setup import REFERRALS, start

from napsurvey.gui.window import MainWindow
from napsurvey.services import interviews
from napsurvey.services.session import unlock as open_vault


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    with open_vault(monitor_vault, PASSPHRASE) as session:
        session.put_setting(interviews.REFERRALS_KEY, REFERRALS)
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def _panel_for(qtbot: Any, window: MainWindow, region: str, district: str) -> Any:
    runner = start(window)
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    answer_screen(qtbot, runner.view, {"age": "30", "region": region, "district": district})
    qtbot.mouseClick(runner.referral_button, Qt.MouseButton.LeftButton)
    assert runner.referrals.isVisible()
    return runner.referrals.list


def _shown(panel: Any) -> list[str]:
    return [w.text() for w in panel.findChildren(QLabel) if w.isVisible() and w.text()]


def _names(panel: Any) -> list[str]:
    return [card.findChild(QLabel, "ReferralName").text() for card in panel.cards if card.isVisible()]


def test_an_area_without_services_is_named_and_the_nearest_are_shown_under_their_own_heading(qtbot, window):
    panel = _panel_for(qtbot, window, "north", "north_3")
    texts = _shown(panel)
    assert "No service is listed for North district 3." in texts
    assert "Nearest listed services" in texts
    intro = "If you or someone you know needs help, these services are available near you:"
    assert intro not in texts  # the form's "near you" would be untrue here
    # The same region's services, not the whole directory.
    assert _names(panel) == ["North district health centre", "Women's listening centre", "North legal aid desk"]


def test_an_area_with_services_shows_them_as_local(qtbot, window):
    panel = _panel_for(qtbot, window, "north", "north_1")
    texts = _shown(panel)
    assert "If you or someone you know needs help, these services are available near you:" in texts
    assert not [t for t in texts if t.startswith("No service is listed")]
    assert _names(panel) == ["North district health centre", "Women's listening centre"]


def test_a_region_with_no_service_at_all_falls_back_to_the_rest_of_the_directory(qtbot, window):
    panel = _panel_for(qtbot, window, "east", "east_2")
    texts = _shown(panel)
    assert "No service is listed for East district 2." in texts
    assert "Other listed services" in texts
    assert sorted(_names(panel)) == sorted(s["name"] for v in REFERRALS.values() for s in v)
