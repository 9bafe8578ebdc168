"""The coordinator's Plan area: import with coded refusals, a period typed in the form view, the scorecard as printed."""

from __future__ import annotations

from pathlib import Path

from gui_support import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from napsurvey.gui import file_dialogs
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.plan import AssessView, PlanArea, ScorecardView
from napsurvey.paths import resources_dir
from napsurvey.services import plans
from napsurvey.services.session import create_vault
from napsurvey.services.session import unlock as unlock_vault

EXAMPLE = resources_dir() / "plans" / "example_republic.yaml"
ASSESSMENTS = resources_dir() / "plans" / "example_republic.assessments.yaml"
BROKEN = """\
plan: {id: broken, title: Broken plan, country: Example Republic, start_year: 2026, end_year: 2030, currency: EXD}
pillars:
  - id: protection
    title: Protection
    objectives:
      - id: O1
        title: Justice
        actions:
          - {id: A1, title: Open gender desks}
          - {id: A2, title: "Call +243 81 234 5678", responsible: {institution: Ministry of Justice}}
indicators:
  - {id: I1, pillar: protection, title: Cases, unit: percent, target: {value: 30, year: 2029}}
"""


def _coordinator(tmp_path: Path) -> Path:
    home = tmp_path / "coord"
    create_vault(home, "coordinator", PASSPHRASE)
    return home


def _plan_page(qtbot, make_window, home: Path) -> tuple[object, PlanArea]:  # type: ignore[no-untyped-def]
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, CoordinatorHome)
    page.show_section("plan")
    area = page.pages["plan"]
    assert isinstance(area, PlanArea) and page.stack.currentWidget() is area
    return window, area


def _wait(qtbot, area: PlanArea) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: area.task is not None and area.task.done, timeout=30_000)


def test_a_broken_plan_is_refused_with_its_coded_problems_and_nothing_stored(
        qtbot, make_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    home = _coordinator(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    window, area = _plan_page(qtbot, make_window, home)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(broken))
    qtbot.mouseClick(area.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, area)
    assert area.outcome is not None
    text = area.outcome.text
    for code in ("PLAN_NO_RESPONSIBLE", "PLAN_PERSONAL_DATA", "PLAN_TARGET_WITHOUT_BASELINE"):
        assert f"({code})" in text
    assert "action A1: Action 'A1' names no responsible institution (PLAN_NO_RESPONSIBLE)" in text
    assert "Nothing was stored." in text
    assert plans.overview(window.session) is None
    assert area.plan_line.text() == "No plan imported yet."


def test_the_example_imports_and_its_assessments_load_through_the_desktop(
        qtbot, make_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    home = _coordinator(tmp_path)
    window, area = _plan_page(qtbot, make_window, home)
    assert not area.assess_button.isEnabled()
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(EXAMPLE))
    qtbot.mouseClick(area.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, area)
    assert area.outcome is not None and "20 actions and 15 indicators in 4 pillars" in area.outcome.text
    assert area.plan_line.text().startswith("National Action Plan on Women, Peace and Security of the Example Republic")
    area.outcome.accept()  # the window behind waits while the outcome is open, as for a coordinator
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(ASSESSMENTS))
    area.task = None
    qtbot.mouseClick(area.assessments_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, area)
    assert area.periods_line.text() == "Assessed periods: 2026-H1, 2026-H2."
    assert [p.period.id for p in plans.stored_periods(window.session)] == ["2026-H1", "2026-H2"]


def _imported(home: Path) -> None:
    with unlock_vault(home, PASSPHRASE) as session:
        assert plans.import_plan(session, EXAMPLE).problems == []


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_a_period_is_typed_with_the_keyboard_autosaved_in_the_vault_and_stored_once_it_fits(
        qtbot, make_window, tmp_path):  # type: ignore[no-untyped-def]
    home = _coordinator(tmp_path)
    _imported(home)
    window, area = _plan_page(qtbot, make_window, home)
    area.period_choice.setCurrentIndex(area.period_choice.findData("__new__"))
    qtbot.mouseClick(area.assess_button, Qt.MouseButton.LeftButton)
    view = area.assess_view
    assert isinstance(view, AssessView) and area.stack.currentWidget() is view
    view.period_id.selectAll()
    _type(qtbot, view.period_id, "2027-H1")
    _type(qtbot, view.start, "2027-01")
    _type(qtbot, view.end, "2027-06")
    status = view.action_status["PAR.2.1"]
    status.setFocus()
    for _ in range(3):  # the arrow keys walk the statuses: –, not started, on track, delayed
        qtbot.keyClick(status, Qt.Key.Key_Down)
    assert status.currentData() == "delayed"
    _type(qtbot, view.civil_society["PAR.2.1"].text, "The committee has not met since May.")
    _type(qtbot, view.civil_society["PAR.2.1"].evidence, "Committee calendar | National Assembly | 2027-06")
    _type(qtbot, view.values["PRE-I2"], "12")
    assert view.saves > 0
    # Autosaved inside the vault as it is typed, before anything is stored.
    draft = plans.draft(window.session, view.key)
    assert draft is not None and draft["actions"][0]["status"] == "delayed"

    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S: check and store
    lines = [view.problems.item(i).text() for i in range(view.problems.count())]
    assert view.problems.isVisible()
    assert any("PLAN_SCHEMA" in line and "assessed_on" in line for line in lines)
    assert any("PLAN_NO_SOURCE" in line for line in lines)  # the value 12 has no source yet
    assert plans.stored_periods(window.session) == []

    _type(qtbot, view.assessed_on, "2027-07-10")
    _type(qtbot, view.sources["PRE-I2"], "Quarterly report on local governance | Ministry of Local Government | 2027-06")
    qtbot.mouseClick(view.store_button, Qt.MouseButton.LeftButton)
    assert area.stack.currentWidget() is area.overview
    [period] = plans.stored_periods(window.session)
    assert period.period.id == "2027-H1"
    item = period.action("PAR.2.1")
    assert item is not None and item.status == "delayed"
    assert item.civil_society is not None and item.civil_society.text == "The committee has not met since May."
    observed = period.observation("PRE-I2")
    assert observed is not None and observed.value == 12
    assert plans.drafts(window.session) == []
    assert area.periods_line.text() == "Assessed periods: 2027-H1."


def test_an_unsaved_period_survives_a_lock(qtbot, make_window, tmp_path):  # type: ignore[no-untyped-def]
    home = _coordinator(tmp_path)
    _imported(home)
    window, area = _plan_page(qtbot, make_window, home)
    area.period_choice.setCurrentIndex(area.period_choice.findData("__new__"))
    qtbot.mouseClick(area.assess_button, Qt.MouseButton.LeftButton)
    view = area.assess_view
    assert view is not None
    _type(qtbot, view.summary, "Half written")
    key = view.key
    window.lock()
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, CoordinatorHome)
    assert plans.draft(window.session, key)["shadow_report"]["summary"] == "Half written"  # type: ignore[index]
    area = page.pages["plan"]
    assert isinstance(area, PlanArea)
    area.period_choice.setCurrentIndex(area.period_choice.findData(key))
    view = area.open_assessment()
    assert view is not None and view.summary.toPlainText() == "Half written"


def test_the_scorecard_on_screen_is_the_printed_pdf(qtbot, make_window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    home = _coordinator(tmp_path)
    with unlock_vault(home, PASSPHRASE) as session:
        assert plans.import_plan(session, EXAMPLE).problems == []
        assert plans.assess(session, ASSESSMENTS).problems == []
    window, area = _plan_page(qtbot, make_window, home)
    qtbot.mouseClick(area.scorecard_button, Qt.MouseButton.LeftButton)
    view = area.scorecard_view
    assert isinstance(view, ScorecardView)
    assert view.period.currentData() == "2026-H2" and view.compare.currentData() == "2026-H1"
    view.language.setCurrentIndex(view.language.findData("fr"))
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is not None and view.task.done, timeout=60_000)
    assert view.pdf is not None
    printed = plans.render_pages(view.pdf, scale=1.4)
    assert len(view.page_labels) == len(printed) >= 8
    first = view.page_labels[0].pixmap()
    assert (first.width(), first.height()) == (printed[0].width, printed[0].height)
    assert first.toImage().pixel(first.width() // 2, first.height() // 2) is not None
    out = tmp_path / "scorecard.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes() == view.pdf  # the very pages on screen
    window.lock()
    QApplication.processEvents()
    assert view.pdf is None and view.page_labels == []
