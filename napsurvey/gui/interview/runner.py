"""The interview runner: the real interview, its safeguards, and the dummy questions behind one key.

Layout: a top bar (form title, form language, "Where to get help", "Switch
questions", "Stop interview"), then the interview view (sections, screen,
Back/Next) with the referral panel beside it. Everything decrypted lives in
the view and is wiped by :meth:`InterviewRunner.release`, which the main
window calls on quick-hide and lock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from napsurvey.errors import NapError
from napsurvey.gui.i18n import LANGUAGE_NAMES, RTL_LANGUAGES
from napsurvey.gui.interview.dummy_form import DUMMY_LANGUAGES, start_dummy
from napsurvey.gui.interview.ending_page import EndingPage
from napsurvey.gui.interview.referral_panel import ReferralPanel
from napsurvey.gui.interview.runner_bar import BarMode, RunnerBar
from napsurvey.gui.interview.stop_dialog import StopChoice, StopDialog
from napsurvey.gui.interview.view import InterviewView
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import CurrentPageStack, Page, label
from napsurvey.paths import resources_dir
from napsurvey.services import interviews as service

#: Switch to the dummy questions and back (F9 from the main window does the same).
DUMMY_SHORTCUT = "Ctrl+D"
_SCALED = re.compile(r"@([0-9]+(?:\.[0-9]+)?)@")


def runner_stylesheet() -> str:
    """The runner's own styles (big inputs), scaled to the application's font size."""
    try:
        text = (resources_dir() / "style" / "interview.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    app = QApplication.instance()
    base = app.font().pointSize() if isinstance(app, QApplication) else 12
    base = base if base > 0 else 12
    return _SCALED.sub(lambda m: f"{round(base * float(m.group(1)))}pt", text)


class InterviewRunner(Page):
    """Runs one interview of a :class:`~napsurvey.services.interviews.RunningInterview`."""

    closed = Signal()
    dummy_toggled = Signal(bool)

    def __init__(
        self,
        session: Any,
        running: service.RunningInterview,
        on_close: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InterviewRunner")
        self.session: Any | None = session
        self.running: service.RunningInterview | None = running
        self._on_close = on_close
        self.completion: service.Completion | None = None
        self.save_error: str = ""
        self.setStyleSheet(runner_stylesheet())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = RunnerBar(self)
        self.bar = top
        self.form_title: QLabel = top.form_title
        self.language_label: QLabel = top.language_label
        self.language = top.language
        self.referral_button = top.referral_button
        self.dummy_button = top.dummy_button
        self.stop_button = top.stop_button
        layout.addWidget(top)
        self.banner: QLabel = label("Error")
        self.banner.hide()
        layout.addWidget(self.banner)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.stack = CurrentPageStack(self)
        self.view = InterviewView(running.interview, self.stack)
        self.dummy_view: InterviewView | None = None
        self.ending = EndingPage(self.stack)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.ending)
        body.addWidget(self.stack, 1)
        self.referrals = ReferralPanel(self)
        self.referrals.hide()
        body.addWidget(self.referrals)
        layout.addLayout(body, 1)

        self.view.changed.connect(self.save)
        self.view.ended.connect(self.finish)
        self.view.complete_requested.connect(self.finish)
        self.view.screen_shown.connect(self._screen_shown)
        self.referral_button.toggled.connect(self.show_referrals)
        self.referrals.close_clicked.connect(lambda: self.referral_button.setChecked(False))
        self.dummy_button.clicked.connect(self.toggle_dummy)
        self.stop_button.clicked.connect(self.request_stop)
        self.ending.home_clicked.connect(self.close_runner)
        self.language.activated.connect(self._language_chosen)
        self.dummy_shortcut = QShortcut(QKeySequence(DUMMY_SHORTCUT), self)
        self.dummy_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.dummy_shortcut.activated.connect(self.toggle_dummy)

        self._fill_languages()
        self.retranslate()
        self._apply_direction()
        if running.interview.status != "in_progress":
            self.finish()
        else:
            self.view.redraw()

    # ---- state -----------------------------------------------------------------------
    @property
    def in_dummy(self) -> bool:
        """True while the dummy questions are showing."""
        return self.dummy_view is not None and self.stack.currentWidget() is self.dummy_view

    @property
    def active_view(self) -> InterviewView | None:
        """The view being shown (real or dummy), None on the ending page."""
        current = self.stack.currentWidget()
        return current if isinstance(current, InterviewView) else None

    def _fill_languages(self) -> None:
        self.language.clear()
        running = self.running
        if running is None:
            return
        for code in running.form.languages():
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        index = self.language.findData(running.interview.language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.setEnabled(self.language.count() > 1)

    def _screen_shown(self) -> None:
        if self.referrals.isVisible():
            self._fill_referrals()

    # ---- saving and ending ---------------------------------------------------------------
    def save(self) -> None:
        """Save the draft in the vault (after every answer)."""
        if self.session is None or self.running is None or self.running.interview.status != "in_progress":
            return
        try:
            service.save_progress(self.session, self.running)
        except NapError as exc:
            self._show_banner(error_text(exc))
            return
        self.banner.hide()

    def _show_banner(self, text: str) -> None:
        self.save_error = text
        self.banner.setText(text)
        self.banner.show()

    def finish(self) -> None:
        """Complete (or count a refusal / child ending): store, destroy the draft, show the ending."""
        if self.session is None or self.running is None:
            return
        try:
            self.completion = service.complete_interview(self.session, self.running)
        except NapError as exc:
            self._show_banner(error_text(exc))
            self.view.redraw()
            return
        found = self._referral_content()
        self.ending.show_ending(self.completion.status, self.completion.message, found)
        self.view.wipe()
        self.stack.setCurrentWidget(self.ending)
        self.referral_button.setChecked(False)
        self.bar.set_mode(BarMode.ENDED)
        self.running = None  # nothing of the interview stays in memory

    def request_stop(self) -> None:
        """Ask whether to keep the draft, then stop."""
        dialog = StopDialog(self)
        dialog.exec()
        # Hide or Lock while the dialog was open dropped this page and its dialog: nothing more to do.
        if not shiboken6.isValid(dialog) or not shiboken6.isValid(self) or self.running is None:
            return
        choice = dialog.choice
        dialog.deleteLater()
        if choice is not StopChoice.CANCEL:
            self.stop(keep_draft=choice is StopChoice.KEEP)

    def stop(self, *, keep_draft: bool) -> None:
        """Stop now: keep the draft to resume, or destroy it (only a count stays); then close."""
        if self.session is not None and self.running is not None:
            self.view.flush()
            try:
                service.stop_interview(self.session, self.running, keep_draft=keep_draft)
            except NapError as exc:
                self._show_banner(error_text(exc))
                return
        self.close_runner()

    def close_runner(self) -> None:
        """Leave the runner (back to the home page)."""
        self.release()
        self.closed.emit()
        if self._on_close is not None:
            self._on_close()

    # ---- referrals -----------------------------------------------------------------------
    def _referral_content(self) -> service.Referrals:
        running, session = self.running, self.session
        if running is None or session is None:
            return service.Referrals("", [])
        try:
            return service.interview_referrals(session, running)
        except NapError:
            return service.Referrals("", [])

    def _fill_referrals(self) -> None:
        found = self._referral_content()
        self.referrals.list.set_services(found.intro, found.services, found.missing_area, found.fallback)

    def show_referrals(self, shown: bool = True) -> None:
        """Open (or close) the referral panel beside the question."""
        if shown:
            self._fill_referrals()
        self.referrals.setVisible(shown)
        if self.referral_button.isChecked() != shown:
            self.referral_button.setChecked(shown)

    # ---- dummy questions --------------------------------------------------------------------
    def toggle_dummy(self) -> None:
        """Swap to harmless questions (or back). The real draft is saved and stays untouched."""
        if self.running is None:
            return
        if self.in_dummy:
            self._leave_dummy()
        else:
            self._enter_dummy()
        self.dummy_toggled.emit(self.in_dummy)

    def _enter_dummy(self) -> None:
        assert self.running is not None
        self.view.flush()
        self.save()
        self.show_referrals(False)
        language = self.language.currentData()
        dummy = InterviewView(start_dummy(language if language in DUMMY_LANGUAGES else "en"), self.stack)
        self.dummy_view = dummy
        self.stack.addWidget(dummy)
        self.stack.setCurrentWidget(dummy)
        # The real screen is blanked while the dummy shows; it is redrawn from the engine on return.
        self.view.question.wipe()
        self.view.review_page.wipe_rows()
        self.view.sections.wipe()
        dummy_form = dummy.interview.form if dummy.interview is not None else None
        self.form_title.setText(dummy_form.text(dummy_form.settings.form_title, language) if dummy_form is not None else "")
        self.bar.set_mode(BarMode.DUMMY)
        self._apply_direction()
        dummy.redraw()

    def _leave_dummy(self) -> None:
        dummy, self.dummy_view = self.dummy_view, None
        if dummy is not None:
            dummy.wipe()
            self.stack.removeWidget(dummy)
            dummy.deleteLater()
        self.stack.setCurrentWidget(self.view)
        self.bar.set_mode(BarMode.INTERVIEW)
        self.view.question.reset()  # the real widgets were blanked: rebuild them from the engine
        self.retranslate()
        self.view.redraw()

    # ---- language -----------------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        self.set_form_language(str(self.language.itemData(index)))

    def set_form_language(self, code: str) -> None:
        """Show the questions in another of the form's languages (right to left for Arabic)."""
        index = self.language.findData(code)
        if index >= 0 and self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)
        view = self.active_view
        if view is not None:
            if view is self.dummy_view:
                view.set_language(code if code in DUMMY_LANGUAGES else "en")
            else:
                view.set_language(code)
        self._apply_direction()
        self.retranslate()
        if self.referrals.isVisible():
            self._fill_referrals()

    def _apply_direction(self) -> None:
        # The questions read in their own direction (right to left for Arabic); the frame around them
        # (sections, Back and Next, this bar) keeps the interface's, so an English interface with
        # Arabic questions, or the other way round, is mirrored only where the text is.
        code = str(self.language.currentData() or "")
        rtl = code in RTL_LANGUAGES
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        views = [v for v in (self.view, self.dummy_view) if v is not None]
        for widget in (*[v.stack for v in views], self.ending, self.referrals):
            widget.setLayoutDirection(direction)

    # ---- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        running = self.running
        if running is not None and not self.in_dummy:
            self.form_title.setText(running.form.text(running.form.settings.form_title, running.interview.language))
        self.language_label.setText(self.tr("Questions in"))
        self.referral_button.setText(self.tr("Where to get help"))
        self.referral_button.setToolTip(self.tr("Referral services for the respondent's area"))
        self.dummy_button.setText(self.tr("Switch questions"))
        self.dummy_button.setToolTip(self.tr("Show harmless questions instead, and back (Ctrl+D or F9)"))
        self.stop_button.setText(self.tr("Stop interview"))

    # ---- safety --------------------------------------------------------------------------
    def release(self) -> None:
        """Blank every widget and drop the session and the interview (quick-hide, lock, close)."""
        self.view.wipe()
        if self.dummy_view is not None:
            self.dummy_view.wipe()
        self.ending.wipe()
        self.referrals.list.wipe()
        self.banner.clear()
        self.form_title.clear()
        self.language.clear()
        self.session = None
        self.running = None
        self.completion = None
