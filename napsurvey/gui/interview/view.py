"""One interview on screen: section panel, the current screen, Back / Next.

The view holds no rules: it asks the engine for the current screen, draws
it, and forwards what the monitor does (answer, decline, next, back, jump,
add a repeat instance, go back from the review). The runner decides what is
saved and what happens when the interview ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.busy_pump import pumped
from napsurvey.gui.interview.review_page import ReviewPage
from napsurvey.gui.interview.screen_view import PromptKey, QuestionScreen, RepeatScreen
from napsurvey.gui.interview.section_list import SectionPanel
from napsurvey.gui.widgets import label, primary_button
from napsurvey.interview import Interview, Screen
from napsurvey.interview.review import review

#: Width of the question column: long consent scripts stay readable, short questions do not float.
COLUMN_WIDTH = 760
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class InterviewView(QWidget):
    """Draws one :class:`Interview` and forwards the monitor's actions to it."""

    changed = Signal()  # an answer changed: the runner saves the draft
    ended = Signal()  # consent refused or the child protocol ended the interview
    complete_requested = Signal()
    screen_shown = Signal()

    def __init__(self, interview: Interview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InterviewView")
        self.interview: Interview | None = interview
        consent = interview.form.consent
        self.consent_name = consent.question if consent is not None else None
        self._pending = False  # typed text not saved yet
        self._problems_at: set[str] = set()

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.sections = SectionPanel(self)
        self.sections.jump_requested.connect(self.jump)
        outer.addWidget(self.sections)

        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(self.scroll_area)
        holder.setObjectName("ScreenHolder")
        row = QHBoxLayout(holder)
        row.setContentsMargins(32, 28, 32, 28)
        column = QWidget(holder)
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(12)
        self.step: QLabel = label("StepLabel")
        column_layout.addWidget(self.step)
        self.stack = QStackedWidget(column)
        self.question = QuestionScreen(self.consent_name, self.stack)
        self.repeat = RepeatScreen(self.stack)
        self.review_page = ReviewPage(self.stack)
        for page in (self.question, self.repeat, self.review_page):
            self.stack.addWidget(page)
        column_layout.addWidget(self.stack)
        column_layout.addStretch(1)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        self.scroll_area.setWidget(holder)
        main.addWidget(self.scroll_area, 1)

        bar = QFrame(self)
        bar.setObjectName("NavBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(32, 12, 32, 12)
        self.back_button = QPushButton(bar)
        self.back_button.setObjectName("BackButton")
        self.keys_hint: QLabel = label("KeysHint", wrap=False)
        self.next_button = primary_button(bar)
        self.next_button.setObjectName("NextButton")
        for button in (self.back_button, self.next_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumWidth(150)
        bar_layout.addWidget(self.back_button)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.keys_hint)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.next_button)
        main.addWidget(bar)
        outer.addLayout(main, 1)

        self.question.answered.connect(self.answer)
        self.question.committed.connect(lambda _n, _p: self.flush())
        self.question.decline_clicked.connect(self.decline)
        self.question.undecline_clicked.connect(self.undecline)
        self.repeat.add_clicked.connect(self.add_instance)
        self.review_page.change_requested.connect(self.change)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        # A shortcut, not a key press: choice buttons use the arrow keys themselves.
        self.back_shortcut = QShortcut(QKeySequence("Alt+Left"), self)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self.back)
        self.current: Screen | None = None
        self.retranslate()
        self.redraw()

    # ---- drawing ----------------------------------------------------------------
    def _instance_text(self, screen: Screen) -> str:
        return " · ".join(
            self.tr("%1 — %2 of %3").replace("%1", i.label).replace("%2", str(i.number)).replace("%3", str(i.count))
            for i in screen.instances
        )

    def redraw(self, sender: PromptKey | None = None, focus: bool = True) -> None:
        """Redraw from the engine; ``sender`` is the question being typed in."""
        interview = self.interview
        if interview is None:
            return
        screen = interview.current()
        self.current = screen
        if screen.kind == "ended":
            self.ended.emit()
            return
        if screen.kind in ("question", "group"):
            self.question.show_screen(screen, self._instance_text(screen), sender)
            self.stack.setCurrentWidget(self.question)
        elif screen.kind == "repeat":
            self.repeat.show_screen(screen)
            self.stack.setCurrentWidget(self.repeat)
        else:
            self.review_page.show_review(review(interview), interview.problems(), self.tr("General"), self.consent_name)
            self.stack.setCurrentWidget(self.review_page)
        self.sections.show_sections(interview.sections(), screen.section, interview.state.consent_open())
        self.sections.show_progress(interview.progress())
        self.back_button.setEnabled(bool(interview.history))
        self._set_next_text()
        if sender is None and focus:
            if screen.kind in ("question", "group"):
                self.question.focus_first(self._problems_at)
            elif screen.kind == "repeat":
                self.repeat.add_button.setFocus()
            else:
                self.next_button.setFocus() if not interview.problems() else self.review_page.focus_first()
            self.scroll_area.verticalScrollBar().setValue(0) if not self._problems_at else None
        self.screen_shown.emit()

    def _set_next_text(self) -> None:
        screen = self.current
        interview = self.interview
        at_end = screen is not None and screen.kind == "end"
        self.next_button.setText(self.tr("Complete interview") if at_end else self.tr("Next  →"))
        self.next_button.setEnabled(not (at_end and interview is not None and interview.problems()))
        consent = screen is not None and self.consent_name is not None and any(p.name == self.consent_name for p in screen.prompts)
        self.step.setText(self.tr("Consent") if consent else "")
        self.step.setVisible(consent)

    def retranslate(self) -> None:
        """Interface texts."""
        self.back_button.setText(self.tr("←  Back"))
        self.keys_hint.setText(self.tr("Keys: 1–9 choose · Enter next · Alt+← back"))
        if self.current is not None:
            self._set_next_text()

    # ---- actions ------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        """Do an engine action; a refusal is shown on the screen, never raised."""
        try:
            action()
        except NapError as exc:
            self._show_refusal(exc)
            return False
        return True

    def _show_refusal(self, exc: NapError) -> None:
        name = exc.params.get("name")
        for view in self.question.prompts:
            if view.name == name:
                view.set_message(_bad_value_text(self, exc))
                return
        self.question.notice.setText(exc.message)
        self.question.notice.show()

    @pumped
    def answer(self, name: str, path: tuple[int, ...], value: object) -> None:
        """The monitor changed an answer: tell the engine, redraw the screen in place, save."""
        interview = self.interview
        if interview is None:
            return
        view = next((v for v in self.question.prompts if v.name == name and v.path == path), None)
        typed = view is not None and view.input is not None and not view.input.commits_on_change
        try:
            interview.answer(name, value, path)
        except NapError as exc:
            # A half-typed or impossible value ("-"): the engine holds no answer until it is a number,
            # and the field says why.
            if typed:
                self._run(lambda: interview.answer(name, "", path))
                self.redraw(sender=(name, path), focus=False)
                self._pending = True
            for shown in self.question.prompts:
                if shown.name == name and shown.path == path:
                    shown.set_message(_bad_value_text(self, exc))
            return
        # The question that changed keeps its widgets as they are (cursor, typed text); the rest redraws.
        self.redraw(sender=(name, path), focus=False)
        if typed:
            self._pending = True
        else:
            self.changed.emit()

    def flush(self) -> None:
        """Save typed text now (focus left the field, or the screen changes)."""
        if self._pending:
            self._pending = False
            self.changed.emit()

    @pumped
    def decline(self, name: str, path: tuple[int, ...]) -> None:
        """The respondent declined this question."""
        interview = self.interview
        if interview is not None and self._run(lambda: interview.decline(name, path)):
            self.redraw()
            self.changed.emit()

    @pumped
    def undecline(self, name: str, path: tuple[int, ...]) -> None:
        """The respondent wants to answer after all: clear the decline."""
        interview = self.interview
        if interview is not None and self._run(lambda: interview.answer(name, "", path)):
            self.redraw()
            self.changed.emit()

    @pumped
    def next(self) -> None:
        """Next (or Complete on the review page)."""
        interview = self.interview
        if interview is None or self.current is None:
            return
        if self.current.kind == "end":
            if not interview.problems():
                self.complete_requested.emit()
            return
        problems: list[object] = []
        if not self._run(lambda: problems.extend(interview.next())):
            return
        self._problems_at = {p.name for p in problems}  # type: ignore[attr-defined]
        self._pending = False
        self.changed.emit()
        self.redraw()
        self._problems_at = set()

    @pumped
    def back(self) -> None:
        """Back to the previous screen."""
        interview = self.interview
        if interview is not None and interview.status == "in_progress" and interview.back():
            self.flush()
            self.redraw()

    @pumped
    def jump(self, section: str) -> None:
        """Open a section from the side panel."""
        interview = self.interview
        if interview is not None and self._run(lambda: interview.jump(section)):
            self.flush()
            self.changed.emit()
            self.redraw()

    @pumped
    def change(self, name: str, path: tuple[int, ...]) -> None:
        """From the review: open the question again."""
        interview = self.interview
        if interview is not None and self._run(lambda: interview.go_to(name, path)):
            self.redraw()

    @pumped
    def add_instance(self) -> None:
        """At an open repeat: add another instance."""
        interview = self.interview
        if interview is not None and self._run(interview.add_repeat):
            self.changed.emit()
            self.redraw()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt name)
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self.next()
            event.accept()
            return
        if key in _DIGITS and mods == Qt.KeyboardModifier.NoModifier and self.stack.currentWidget() is self.question:
            if self.question.choose(_DIGITS[key]):
                event.accept()
                return
        super().keyPressEvent(event)

    # ---- language and safety ------------------------------------------------------------
    @pumped
    def set_language(self, language: str) -> None:
        """Show the form in another of its languages."""
        interview = self.interview
        if interview is not None and self._run(lambda: setattr(interview, "language", language)):
            self.redraw(focus=False)
            self.changed.emit()

    def wipe(self) -> None:
        """Blank every text and drop the interview (quick-hide, dummy swap, closing)."""
        self.interview = None
        self.current = None
        self.question.wipe()
        self.repeat.wipe()
        self.review_page.wipe_rows()
        self.sections.wipe()
        self.step.clear()


def _bad_value_text(view: QWidget, exc: NapError) -> str:
    # The engine's reason for a refused value, shown next to the field (it never contains the value).
    # An explicit context: the extractor cannot know what class ``view`` is.
    if exc.code is ErrorCode.INTERVIEW_BAD_VALUE:
        reason = str(exc.params.get("reason", ""))
        if "whole number" in reason:
            return QCoreApplication.translate("InterviewView", "Type a whole number.")
        if "number" in reason:
            return QCoreApplication.translate("InterviewView", "Type a number.")
        if "date" in reason:
            return QCoreApplication.translate("InterviewView", "Enter a date as year-month-day.")
        return reason[:1].upper() + reason[1:] if reason else exc.message
    return exc.message
