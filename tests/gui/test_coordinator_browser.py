"""The coordinator's indicator browser: tables as the report shows them, filters, exports, quick-hide."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import pytest
from gui_support import unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QTabBar, QTableWidget

from napsurvey.bundle.formats import AggregateTable, Cell, Denominators
from napsurvey.errors import ErrorCode
from napsurvey.gui import file_dialogs
from napsurvey.gui.coordinator import IndicatorBrowser
from napsurvey.gui.coordinator import browser as browser_module
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.dialogs import ErrorDialog
from napsurvey.reports.crosstab import crosstab
from napsurvey.services import outputs, releases
from tests.services.outputs_data import DEVICES, PASSPHRASE, RELEASE_DAY, import_cells, make_coordinator

SAFE_FORM = """\
settings:
  form_id: mini_survey
  form_title: Mini survey
  version: "2026.1"
survey:
  - {type: select_one yes_no, name: consent, label: "Consent?"}
  - {type: select_one region, name: region, label: Region}
  - {type: select_one yes_no, name: safe, label: "Safe?"}
choices:
  yes_no: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}]
  region: [{name: north, label: Northland}, {name: south, label: Southland}]
indicators:
  - {name: safe_by_region, label: Safe by region, question: safe, by: [region], period: month}
"""

HEARD_FORM = """\
settings:
  form_id: other_check
  form_title: Awareness check
  version: "2026.1"
survey:
  - {type: select_one yes_no, name: consent, label: "Consent?"}
  - {type: select_one yes_no, name: heard, label: "Heard of the plan?"}
choices:
  yes_no: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}]
indicators:
  - {name: heard_plan, label: Heard of the plan, question: heard, period: month}
"""

#: October: one small cell (south, "no" = 3) that must be shown only as "< 10".
SAFE_COUNTS = {("yes", "north", "2026-10"): 40, ("no", "north", "2026-10"): 31,
               ("yes", "south", "2026-10"): 27, ("no", "south", "2026-10"): 3}
HEARD_COUNTS = {("yes", "2026-11"): 55, ("no", "2026-11"): 44}


def _table(form_id: str, indicator: str, question: str, by: list[str], counts: dict) -> AggregateTable:  # type: ignore[type-arg]
    return AggregateTable(form_id=form_id, form_versions=["2026.1"], indicator=indicator, question=question,
                          dimensions=by, period="month",
                          cells=[Cell(key=list(k), count=n) for k, n in sorted(counts.items())])


@pytest.fixture
def coordinator_home(tmp_path: Path) -> Path:
    """A coordinator home with counts for two small questionnaires (October and November)."""
    session = make_coordinator(tmp_path, [SAFE_FORM, HEARD_FORM])
    tables = [_table("mini_survey", "safe_by_region", "safe", ["region"], SAFE_COUNTS),
              _table("other_check", "heard_plan", "heard", [], HEARD_COUNTS)]
    dens = [Denominators(form_id="mini_survey", form_versions=["2026.1"], period="2026-10", interviews=101),
            Denominators(form_id="other_check", form_versions=["2026.1"], period="2026-11", interviews=99)]
    import_cells(session, DEVICES[0], 1, tables, dens)
    for form_id, month in (("mini_survey", "2026-10"), ("other_check", "2026-11")):
        releases.release(session, form_id, month, today=RELEASE_DAY)
    session.lock()
    return tmp_path / "coordinator"


def _open(qtbot, make_window, home: Path):  # type: ignore[no-untyped-def]
    window = make_window(home)
    unlock(qtbot, window, PASSPHRASE)
    page = window.content.currentWidget()
    assert isinstance(page, CoordinatorHome)
    page.show_section("reports")
    browser = page.pages["reports"]
    assert isinstance(browser, IndicatorBrowser)
    return window, browser


def _wait(qtbot, browser: IndicatorBrowser) -> None:  # type: ignore[no-untyped-def]
    assert browser.task is not None
    qtbot.waitUntil(lambda: browser.task.done, timeout=60_000)


def _drawn(qtbot, browser: IndicatorBrowser) -> None:  # type: ignore[no-untyped-def]
    """Wait until the indicator chosen last was protected (off the GUI thread) and drawn."""
    assert browser.view_task is not None
    qtbot.waitUntil(lambda: browser.view_task.done, timeout=60_000)


def test_an_indicator_shows_the_published_table_with_suppressed_cells_marked_never_zero(
        qtbot, make_window, coordinator_home):  # type: ignore[no-untyped-def]
    window, browser = _open(qtbot, make_window, coordinator_home)
    browser.select_indicator("mini_survey", "safe_by_region")
    _drawn(qtbot, browser)

    assert browser.indicator_title.text() == "Safe by region"
    published = outputs.published_tables(window.session, form_id="mini_survey", indicator="safe_by_region")
    table, labels = published.published.tables[0], published.labels[0]
    grid = crosstab(table, labels, "answer", "region")
    shown = browser.table
    assert [shown.horizontalHeaderItem(c).text() for c in range(shown.columnCount())] == \
        ["Answer", "Northland", "Southland", "Total"]
    suppressed = 0
    for r, line in enumerate(grid.cells):
        assert shown.item(r, 0).text() == grid.row_labels[r]
        for c, cell in enumerate(line):
            text = shown.item(r, c + 1).text()
            if cell.suppressed:
                suppressed += 1
                assert text == "< 10"
            else:
                assert text.split(" ")[0] == str(cell.count)
    assert suppressed >= 1  # the small cell
    # The small count (3) and a zero appear nowhere in the grid.
    assert not {"3", "0"} & {t.split(" ")[0] for t in shown.texts()}
    assert "not zero" in browser.legend.text()
    assert "20" not in browser.meta.text() and "counts under 10 are shown as < 10" in browser.meta.text()
    assert "at most 5" in browser.threshold.text()

    # The chart: no bar at all where a value is withheld (a height would read as a value).
    bars = browser.chart.bar_rects()
    hidden = [(bar, rect) for bar, rect in bars if bar.suppressed]
    assert hidden and all(bar.count is None and rect.height() == 0 for bar, rect in hidden)
    assert sorted(bar.count for bar, _ in bars if not bar.suppressed) == sorted(
        cell.count for line in grid.cells[:-1] for cell in line[:-1] if not cell.suppressed)


def test_filters_change_the_list_and_the_table(qtbot, make_window, coordinator_home):  # type: ignore[no-untyped-def]
    _window, browser = _open(qtbot, make_window, coordinator_home)
    assert browser.indicator_titles() == ["Safe by region", "Heard of the plan"]
    # With every questionnaire listed, each one's indicators come under its title.
    assert [browser.indicator_list.item(r).text() for r in range(browser.indicator_list.count())] == \
        ["MINI SURVEY", "Safe by region", "AWARENESS CHECK", "Heard of the plan"]

    browser.set_filters("other_check")
    _drawn(qtbot, browser)
    assert browser.indicator_titles() == ["Heard of the plan"]
    assert browser.indicator_title.text() == "Heard of the plan"
    assert abs(int(browser.table.item(0, 1).text().split()[0]) - 55) <= 5  # perturbed by at most D

    browser.set_filters("mini_survey", "2026-11", "2026-11")  # released for the other questionnaire only
    _drawn(qtbot, browser)
    assert browser.indicator_titles() == ["Safe by region"]
    assert browser.period() == "2026-11..2026-11"
    assert browser.table.rowCount() == 0 and browser.chart.model is None
    assert "No imported counts" in browser.empty.text()

    browser.set_filters("mini_survey", "2026-10", "2026-10")
    _drawn(qtbot, browser)
    assert browser.table.rowCount() == 4 and browser.chart.model is not None


def test_csv_export_through_the_button_writes_the_file_after_the_worker_finishes(
        qtbot, make_window, coordinator_home, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _window, browser = _open(qtbot, make_window, coordinator_home)
    asked: list[str] = []

    def save_file(parent, caption, name_filter="", suggested=""):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "tables")  # no extension typed: the format's is added

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    browser.set_filters("mini_survey")
    qtbot.mouseClick(browser.export_buttons["csv"], Qt.MouseButton.LeftButton)
    _wait(qtbot, browser)

    out = tmp_path / "tables.csv"
    assert asked and asked[0].endswith(".csv")
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    flat = [cell for row in rows for cell in row]
    assert "Northland" in flat and "Southland" in flat  # labels, not codes
    assert "< 10" in flat
    assert "Heard of the plan" not in flat  # the questionnaire filter applies
    assert "tables.csv" in browser.status.text()
    assert all(button.isEnabled() for button in browser.export_buttons.values())


def test_dhis2_export_asks_for_the_mapping_first(qtbot, make_window, coordinator_home, monkeypatch):  # type: ignore[no-untyped-def]
    _window, browser = _open(qtbot, make_window, coordinator_home)
    saved: list[str] = []
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: None)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: saved.append("asked") or None)
    qtbot.mouseClick(browser.export_buttons["dhis2"], Qt.MouseButton.LeftButton)
    assert saved == [] and browser.task is None


def test_a_refused_export_shows_the_coded_message_in_the_error_dialog(
        qtbot, make_window, coordinator_home, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _window, browser = _open(qtbot, make_window, coordinator_home)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(tmp_path / "t.xlsx"))
    browser.set_filters("other_check", "2026-10", "2026-10")  # nothing of it released for that month
    qtbot.mouseClick(browser.export_buttons["xlsx"], Qt.MouseButton.LeftButton)
    _wait(qtbot, browser)

    assert browser.task.error is not None and browser.task.error.code is ErrorCode.RELEASE_NOT_RELEASED
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert [d.code for d in dialogs] == [ErrorCode.RELEASE_NOT_RELEASED]
    assert dialogs[0].message.text().endswith("(RELEASE_NOT_RELEASED)")
    assert not (tmp_path / "t.xlsx").exists()
    dialogs[0].accept()


def test_the_report_button_writes_a_pdf_in_the_chosen_language_and_paper(
        qtbot, make_window, coordinator_home, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _window, browser = _open(qtbot, make_window, coordinator_home)
    suggested: list[str] = []

    def save_file(parent, caption, name_filter="", suggested_name=""):  # type: ignore[no-untyped-def]
        suggested.append(suggested_name)
        return str(tmp_path / "summary.pdf")

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    qtbot.mouseClick(browser.report_button, Qt.MouseButton.LeftButton)
    dialog = browser.report_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.accept()
    _wait(qtbot, browser)

    data = (tmp_path / "summary.pdf").read_bytes()
    assert data[:4] == b"%PDF"
    assert suggested[0].endswith("-fr.pdf")
    # Letter is 612 points wide; A4 would be 595.
    assert b"612" in data.split(b"/MediaBox", 1)[1][:40]
    assert "summary.pdf" in browser.status.text()


def test_quick_hide_leaves_no_table_text_in_any_widget(qtbot, make_window, coordinator_home):  # type: ignore[no-untyped-def]
    window, browser = _open(qtbot, make_window, coordinator_home)
    browser.select_indicator("mini_survey", "safe_by_region")
    _drawn(qtbot, browser)
    canaries = {"Safe by region", "Northland", "Southland", "40 (", "Heard of the plan", "Mini survey"}
    assert any(c in t for c in canaries for t in browser.table.texts() + [browser.indicator_title.text()])

    window.quick_hide()

    assert window.is_hidden_screen
    assert browser.table.rowCount() == 0 and browser.chart.model is None and browser.chart.bar_rects() == []
    assert browser.indicator_list.count() == 0 and browser.form_filter.count() == 0
    shown: list[str] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel):
            shown.append(widget.text())
        elif isinstance(widget, QTableWidget):
            shown += [widget.item(r, c).text() for r in range(widget.rowCount()) for c in range(widget.columnCount())
                      if widget.item(r, c) is not None]
            shown += [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())
                      if widget.horizontalHeaderItem(c) is not None]
        elif isinstance(widget, QListWidget):
            shown += [widget.item(r).text() for r in range(widget.count())]
        elif isinstance(widget, QComboBox):
            shown += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            shown += [widget.tabText(i) for i in range(widget.count())]
    leaks = [t for t in shown if any(c in t for c in canaries)]
    assert leaks == []


def test_the_indicator_is_protected_off_the_gui_thread(qtbot, make_window, coordinator_home, monkeypatch):  # type: ignore[no-untyped-def]
    _window, browser = _open(qtbot, make_window, coordinator_home)
    _drawn(qtbot, browser)
    gate = threading.Event()
    threads: list[threading.Thread] = []
    real = browser_module.indicator_view

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        assert gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(browser_module, "indicator_view", held)
    browser.select_indicator("other_check", "heard_plan")  # returns at once: the work waits at the gate
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert threads[0] is not threading.main_thread()
    assert browser.indicator_title.text() != "Heard of the plan"  # nothing drawn before the result arrives
    gate.set()
    _drawn(qtbot, browser)
    assert browser.indicator_title.text() == "Heard of the plan"
    assert abs(int(browser.table.item(0, 1).text().split()[0]) - 55) <= 5  # perturbed by at most D
