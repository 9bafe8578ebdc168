"""The coordinator's indicator browser: filters, indicators, the published table and chart, exports.

Everything shown comes from :mod:`napsurvey.services.indicator_view` (so
through disclosure control, laid out with the report's own grid and chart
models, so the screen shows what the PDF will print). The protection of the
chosen indicator and every file written run on a background thread; the
widget only draws the result. Refusals end in the one error dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.coordinator.bar_chart import BarChart
from napsurvey.gui.coordinator.crosstab_view import CrosstabView
from napsurvey.gui.coordinator.report_dialog import ReportOptionsDialog
from napsurvey.gui.dialogs import show_error
from napsurvey.gui.i18n import available_languages
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import Page, card, label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import outputs
from napsurvey.services.indicator_view import BrowserFilters, IndicatorView, browser_filters, indicator_view
from napsurvey.services.session import Session

#: Table formats offered as buttons, with the file extension each writes.
_EXTENSIONS = {"csv": "csv", "xlsx": "xlsx", "json": "json", "dhis2": "json"}

_STYLE = """
QListWidget#IndicatorList {
    background: #ffffff; border: 1px solid #d9dedd; border-radius: 10px; padding: 6px 8px; outline: none;
}
QListWidget#IndicatorList::item { padding: 7px 2px; border-radius: 6px; }
QListWidget#IndicatorList::item:selected { background: #2f5d62; color: #ffffff; }
QTableWidget#IndicatorTable {
    background: #ffffff; border: 1px solid #c9d0cf; gridline-color: #dfe4e3;
}
QTableWidget#IndicatorTable QHeaderView::section {
    background: #2f5d62; color: #ffffff; border: none; border-right: 1px solid #4b7a7f;
    padding: 6px 8px; font-weight: 600;
}
QLabel#Threshold {
    background: #eef5f5; border: 1px solid #b7cfd0; border-radius: 8px; padding: 8px 12px; color: #1f3f42;
}
QLabel#Legend { color: #44524f; }
QTabBar::tab {
    background: transparent; border: none; border-bottom: 2px solid transparent; padding: 6px 12px; color: #44524f;
}
QTabBar::tab:selected { border-bottom: 2px solid #2f5d62; color: #1f2a2e; font-weight: 600; }
QFrame#ExportBar { background: #ffffff; border: 1px solid #d9dedd; border-radius: 10px; }
"""


def interface_language() -> str:
    """The language of the interface (the shell sets Qt's default locale when it switches).

    Before any switch Qt's default is the system's locale, which may be one we have no
    catalogue for, or "C": English then, as the shell shows.
    """
    code = QLocale().name().split("_")[0]
    return code if code in available_languages() else "en"


class IndicatorBrowser(Page):
    """The "Reports and tables" section of the coordinator's home."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.setStyleSheet(_STYLE)
        self._session: Session | None = session
        self._forms: list[tuple[str, str]] = []
        self._periods: list[str] = []
        self._filters: BrowserFilters | None = None
        self._view: IndicatorView | None = None
        self._selected: tuple[str, str] | None = None
        self._high: dict[tuple[str, str], bool] = {}
        self._problem = ""
        self.task: Task | None = None
        #: The background protection of the indicator being shown (the newest request wins).
        self.view_task: Task | None = None
        self.report_dialog: ReportOptionsDialog | None = None
        self.last_written: Path | None = None
        self._build()
        self._load_filters()
        self.retranslate()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = label("PageTitle")
        self.threshold = label("Threshold")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.form_label = label(wrap=False)
        self.form_filter = QComboBox(self)
        self.form_filter.setMinimumWidth(260)
        self.from_label = label(wrap=False)
        self.period_from = QComboBox(self)
        self.to_label = label(wrap=False)
        self.period_to = QComboBox(self)
        for widget in (self.form_label, self.form_filter):
            filters.addWidget(widget)
        filters.addSpacing(16)
        for widget in (self.from_label, self.period_from, self.to_label, self.period_to):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.indicator_list = QListWidget(self.splitter)
        self.indicator_list.setObjectName("IndicatorList")
        self.indicator_list.setWordWrap(True)
        self.indicator_list.setMinimumWidth(250)
        self.indicator_list.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.indicator_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.indicator_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.indicator_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.indicator_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.indicator_list.setSpacing(1)
        self.detail_scroll = QScrollArea(self.splitter)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail, detail_layout = card()
        detail_layout.setSpacing(8)
        self.indicator_title = label("SectionTitle")
        self.meta = label("Muted")
        self.views = QTabBar(self.detail)
        self.views.setDrawBase(False)
        self.views.setExpanding(False)
        self.views.setElideMode(Qt.TextElideMode.ElideRight)
        self.views.setUsesScrollButtons(True)
        self.views_label = label("Muted", wrap=False)
        views_row = QHBoxLayout()
        views_row.setSpacing(6)
        views_row.addWidget(self.views_label)
        views_row.addWidget(self.views, 1)
        self.table = CrosstabView(self.detail)
        self.legend = label("Legend")
        self.chart_title = label("CardTitle")
        self.chart = BarChart(self.detail)
        self.chart_legend = label("Legend")
        self.empty = label("Placeholder")
        detail_layout.addWidget(self.indicator_title)
        detail_layout.addWidget(self.meta)
        detail_layout.addLayout(views_row)
        for part in (self.table, self.legend, self.chart_title, self.chart, self.chart_legend, self.empty):
            detail_layout.addWidget(part)
        detail_layout.addStretch(1)
        self.detail_scroll.setWidget(self.detail)
        self.splitter.addWidget(self.indicator_list)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 780])

        self.export_bar = QFrame(self)
        self.export_bar.setObjectName("ExportBar")
        bar = QHBoxLayout(self.export_bar)
        bar.setContentsMargins(14, 8, 14, 8)
        bar.setSpacing(8)
        self.export_label = label(wrap=False)
        self.export_buttons: dict[str, QPushButton] = {}
        bar.addWidget(self.export_label)
        for fmt in ("csv", "xlsx", "json", "dhis2"):
            button = QPushButton(self.export_bar)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, f=fmt: self.export_tables(f))
            self.export_buttons[fmt] = button
            bar.addWidget(button)
        self.status = label("Muted")
        bar.addWidget(self.status, 1)
        self.report_button = primary_button(self.export_bar)
        self.report_button.clicked.connect(self.print_report)
        bar.addWidget(self.report_button)

        layout.addWidget(self.title)
        layout.addWidget(self.threshold)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.export_bar)

        self.form_filter.currentIndexChanged.connect(self._filters_changed)
        self.period_from.currentIndexChanged.connect(self._period_changed)
        self.period_to.currentIndexChanged.connect(self._period_changed)
        self.indicator_list.currentItemChanged.connect(self._item_changed)
        self.views.currentChanged.connect(self._view_changed)

    # -- filters and list ----------------------------------------------------------------

    def _load_filters(self) -> None:
        if self._session is None:
            return
        self._filters = browser_filters(self._session, interface_language())
        self._forms, self._periods = self._filters.forms, self._filters.periods
        for combo in (self.form_filter, self.period_from, self.period_to):
            combo.blockSignals(True)
            combo.clear()
        self.form_filter.addItem("", None)
        for form_id, title in self._forms:
            self.form_filter.addItem(title, form_id)
        self.period_from.addItem("", None)
        self.period_to.addItem("", None)
        for period in self._periods:
            self.period_from.addItem(period, period)
            self.period_to.addItem(period, period)
        for combo in (self.form_filter, self.period_from, self.period_to):
            combo.blockSignals(False)

    def form_id(self) -> str | None:
        """The questionnaire filter (None: all of them)."""
        data = self.form_filter.currentData()
        return str(data) if data else None

    def period(self) -> str | None:
        """The period filter as ``FROM..TO`` (None: every period imported)."""
        start, end = self.period_from.currentData(), self.period_to.currentData()
        if not start and not end:
            return None
        if not self._periods:
            return None
        return f"{start or self._periods[0]}..{end or self._periods[-1]}"

    def set_filters(self, form_id: str | None = None, start: str | None = None, end: str | None = None) -> None:
        """Choose the filters as a user would in the combo boxes."""
        self.period_from.setCurrentIndex(max(0, self.period_from.findData(start)) if start else 0)
        self.period_to.setCurrentIndex(max(0, self.period_to.findData(end)) if end else 0)
        self.form_filter.setCurrentIndex(max(0, self.form_filter.findData(form_id)) if form_id else 0)

    def _filters_changed(self) -> None:
        self.refresh_list()

    def _period_changed(self) -> None:
        if self._selected is not None:
            self._show(*self._selected)

    def refresh_list(self) -> None:
        """Fill the indicator list for the questionnaire filter; keep the selection if it is still listed."""
        if self._session is None:
            return
        keep = self._selected
        only = self.form_id()
        infos = [i for i in outputs.indicators(self._session, interface_language())
                 if only is None or i.form_id == only]
        self._high = {(i.form_id, i.indicator): i.high for i in infos}
        self.indicator_list.blockSignals(True)
        self.indicator_list.clear()
        heading_font = QFont(self.indicator_list.font())
        heading_font.setBold(True)
        current_form = None
        chosen: QListWidgetItem | None = None
        first: QListWidgetItem | None = None
        for info in infos:
            if only is None and info.form_id != current_form:
                current_form = info.form_id
                heading = QListWidgetItem(info.form_title.upper(), self.indicator_list)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.setFont(heading_font)
                heading.setForeground(Qt.GlobalColor.darkGray)
            item = QListWidgetItem(info.title, self.indicator_list)
            item.setData(Qt.ItemDataRole.UserRole, (info.form_id, info.indicator))
            item.setToolTip(info.form_title)
            first = first or item
            if keep == (info.form_id, info.indicator):
                chosen = item
        self.indicator_list.blockSignals(False)
        target = chosen or first
        if target is None:
            self._selected = None
            self._clear_detail(self.tr("No indicator is declared by the questionnaires of your kits."))
            return
        self.indicator_list.setCurrentItem(target)
        if target is first:
            self.indicator_list.scrollToTop()  # show the questionnaire heading above it
        if target.data(Qt.ItemDataRole.UserRole) == keep and keep is not None:
            self._show(*keep)  # same indicator: the language may have changed

    def indicator_titles(self) -> list[str]:
        """Titles of the listed indicators (headings left out)."""
        out = []
        for row in range(self.indicator_list.count()):
            item = self.indicator_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole):
                out.append(item.text())
        return out

    def select_indicator(self, form_id: str, indicator: str) -> None:
        """Select an indicator in the list (as a click would)."""
        for row in range(self.indicator_list.count()):
            item = self.indicator_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == (form_id, indicator):
                self.indicator_list.setCurrentItem(item)
                return
        raise KeyError(indicator)

    def _item_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not key or item is None:
            return
        form_id, indicator = key
        row = self.indicator_list.row(item)
        above = self.indicator_list.item(row - 1) if row > 0 else None
        if above is not None and not above.data(Qt.ItemDataRole.UserRole):
            # Keep the questionnaire heading in view above its first indicator.
            self.indicator_list.scrollToItem(above)
            self.indicator_list.scrollToItem(item)
        self._show(str(form_id), str(indicator))

    # -- the selected indicator ----------------------------------------------------------

    def _show(self, form_id: str, indicator: str) -> Task | None:
        """Protect and lay out the indicator off the GUI thread; draw it when it arrives."""
        self._selected = (form_id, indicator)
        session = self._session
        if session is None:
            return None
        language, period = interface_language(), self.period()

        def work(_progress: ProgressCallback) -> IndicatorView | None:
            return indicator_view(session, form_id, indicator, period=period, language=language)

        def done(view: IndicatorView | None) -> None:
            if task is not self.view_task:
                return  # a newer choice was made meanwhile
            if view is None:
                self._clear_detail(self.tr("No imported counts for this indicator in the chosen period."),
                                   keep_title=self._title_of(form_id, indicator))
            else:
                self._view = view
                self._fill_detail(view)

        def failed(error: NapError) -> None:
            if task is self.view_task:
                self._clear_detail(error_text(error), keep_title=self._title_of(form_id, indicator))

        task = run_in_background(self, "", work, done, on_error=failed, progress_dialog=False)
        self.view_task = task
        return task

    def _title_of(self, form_id: str, indicator: str) -> str:
        item = self.indicator_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == (form_id, indicator):
            return item.text()
        return ""

    def _fill_detail(self, view: IndicatorView) -> None:
        self.indicator_title.setText(view.title)
        sensitive = self._high.get((view.form_id, view.indicator), False)
        threshold = (self.tr("highly sensitive: counts under %1 are shown as < %1") if sensitive
                     else self.tr("counts under %1 are shown as < %1")).replace("%1", str(view.threshold))
        self.meta.setText("\n".join([view.meta[0] + " · " + threshold, *view.meta[1:]]))
        self.views.blockSignals(True)
        while self.views.count():
            self.views.removeTab(0)
        for index, tab in enumerate(view.tabs):
            self.views.addTab(tab.title)
            self.views.setTabToolTip(index, tab.tooltip)
        self.views.setCurrentIndex(0)
        self.views.blockSignals(False)
        self._view_changed(0)
        self.legend.setText(view.legend)
        self.chart_title.setText(view.chart_title)
        self.chart.set_model(view.chart, view.suppressed_word)
        self.chart_legend.setText(view.chart_legend)
        for widget in (self.views, self.table, self.legend, self.chart_title, self.chart, self.chart_legend):
            widget.setVisible(True)
        self.views.setVisible(self.views.count() > 1)
        self.views_label.setVisible(self.views.count() > 1)
        self.empty.setVisible(False)
        self.meta.setVisible(True)

    def _view_changed(self, index: int) -> None:
        view = self._view
        if view is None or not 0 <= index < len(view.tabs):
            return
        self.table.show_grid(view.tabs[index].grid, view.suppressed_word)

    def _clear_detail(self, message: str = "", *, keep_title: str = "") -> None:
        self._view = None
        self.table.show_grid(None, "")
        self.chart.set_model(None)
        self.views.blockSignals(True)
        while self.views.count():
            self.views.removeTab(0)
        self.views.blockSignals(False)
        for widget in (self.views, self.views_label, self.table, self.legend, self.chart_title, self.chart,
                       self.chart_legend, self.meta):
            widget.setVisible(False)
        for text_label in (self.legend, self.chart_title, self.chart_legend, self.meta):
            text_label.clear()
        self.indicator_title.setText(keep_title)
        self.empty.setText(message)
        self.empty.setVisible(bool(message))

    # -- exports -------------------------------------------------------------------------

    def _scope(self) -> str:
        form_id, period = self.form_id(), self.period()
        forms = self.form_filter.currentText() if form_id else self.tr("all questionnaires")
        every = self.tr("every period")  # outside the f-string, where the extractor sees it
        return f"{forms}, {period or every}"

    def _busy(self, busy: bool) -> None:
        for button in [*self.export_buttons.values(), self.report_button]:
            button.setEnabled(not busy)

    def export_tables(self, fmt: str) -> Task | None:
        """Ask for a file (and for DHIS2 the mapping) and write the filtered tables in the background."""
        if self._session is None:
            return None
        mapping: Path | None = None
        if fmt == "dhis2":
            chosen = file_dialogs.open_file(self, self.tr("Choose the DHIS2 mapping file"),
                                            self.tr("Mapping files (*.json *.yaml *.yml);;All files (*)"))
            if not chosen:
                return None
            mapping = Path(chosen)
        today = date.today().isoformat()
        ext = _EXTENSIONS[fmt]
        stem = "napsurvey-dhis2" if fmt == "dhis2" else "napsurvey-tables"
        out = file_dialogs.save_file(self, self.tr("Save the tables"), f"{fmt.upper()} (*.{ext})",
                                     f"{stem}-{today}.{ext}")
        if not out:
            return None
        target = Path(out)
        if not target.suffix:
            target = target.with_suffix(f".{ext}")
        session, form_id, period, language = self._session, self.form_id(), self.period(), interface_language()

        def work(progress: ProgressCallback) -> outputs.TablesWritten:
            return outputs.write_tables(session, target, fmt, today=today, form_id=form_id, period=period,
                                        language=language, mapping=mapping, progress=progress)

        return self._run(self.tr("Writing the tables…"), work, self._tables_written)

    def _tables_written(self, result: outputs.TablesWritten) -> None:
        self.last_written = result.path
        self.status.setText(
            self.tr("Saved %1: %2 table(s), %3 cell(s) below the threshold.")
            .replace("%1", result.path.name).replace("%2", str(result.tables)).replace("%3", str(result.suppressed))
        )

    def print_report(self) -> ReportOptionsDialog | None:
        """Ask for the report's language and paper, then where to save it."""
        if self._session is None:
            return None
        dialog = ReportOptionsDialog(self, interface_language())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._report_chosen(dialog.chosen_language(), dialog.chosen_paper()))
        dialog.destroyed.connect(self._dialog_gone)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_gone(self) -> None:
        self.report_dialog = None

    def _report_chosen(self, language: str, paper: str) -> Task | None:
        if self._session is None:
            return None
        today = date.today().isoformat()
        out = file_dialogs.save_file(self, self.tr("Save the report"), "PDF (*.pdf)",
                                     f"napsurvey-report-{today}-{language}.pdf")
        if not out:
            return None
        target = Path(out)
        if not target.suffix:
            target = target.with_suffix(".pdf")
        session, form_id, period = self._session, self.form_id(), self.period()
        size: Literal["a4", "letter"] = "letter" if paper == "letter" else "a4"

        def work(progress: ProgressCallback) -> outputs.ReportWritten:
            return outputs.write_report(session, target, today=today, language=language, period=period, paper=size,
                                        form_id=form_id, progress=progress)

        return self._run(self.tr("Making the report…"), work, self._report_written)

    def _report_written(self, result: outputs.ReportWritten) -> None:
        self.last_written = result.path
        self.status.setText(
            self.tr("Saved the report %1 (%2 indicator(s)).")
            .replace("%1", result.path.name).replace("%2", str(result.indicators))
        )

    def _run(self, text: str, work: Any, done: Any) -> Task:
        self.status.clear()
        self._busy(True)

        def finished(result: Any) -> None:
            self._busy(False)
            done(result)

        def failed(error: NapError) -> None:
            self._busy(False)
            show_error(self, error)

        self.task = run_in_background(self, text, work, finished, on_error=failed)
        return self.task

    # -- texts and quick-hide ------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports and tables"))
        limits = self._filters
        if limits is not None and self._session is not None:
            self.threshold.setText(
                self.tr("Every count is changed by at most 5 to protect respondents, totals too; counts under %1 "
                        "(%2 for highly sensitive questionnaires) are shown as < %1. Only released periods are "
                        "shown.")
                .replace("%1", str(limits.threshold)).replace("%2", str(limits.threshold_high))
            )
        self.form_label.setText(self.tr("Questionnaire"))
        self.views_label.setText(self.tr("Answers by:"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        if self.form_filter.count():
            self.form_filter.setItemText(0, self.tr("All questionnaires"))
        if self.period_from.count():
            self.period_from.setItemText(0, self.tr("earliest"))
        if self.period_to.count():
            self.period_to.setItemText(0, self.tr("latest"))
        self.export_label.setText(self.tr("Export tables:"))
        names = {"csv": "CSV", "xlsx": "Excel (XLSX)", "json": "JSON", "dhis2": "DHIS2…"}
        for fmt, button in self.export_buttons.items():
            button.setText(names[fmt])
        self.export_buttons["dhis2"].setToolTip(self.tr("A dataValueSets file; you choose the mapping file first."))
        self.report_button.setText(self.tr("Print / save report (PDF)…"))
        if self._session is not None:
            # Indicator titles and table labels follow the interface language.
            self.refresh_list()

    def release(self) -> None:
        """Drop the session and blank every widget that showed data (quick-hide, lock)."""
        self._session = None
        self._selected = None
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog = None
        self._clear_detail()
        self.indicator_title.clear()
        self.empty.clear()
        self.indicator_list.blockSignals(True)
        self.indicator_list.clear()
        self.indicator_list.blockSignals(False)
        for combo in (self.form_filter, self.period_from, self.period_to):
            combo.blockSignals(True)
            combo.clear()
        self._forms = []
        self._periods = []
        self._filters = None
        self.view_task = None
        self.status.clear()
        self.threshold.clear()
        self.last_written = None
