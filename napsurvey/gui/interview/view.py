"""One interview on screen: section panel, the current screen, Back / Next.

The view holds no rules: it asks the engine for the current screen, draws
it, and forwards what the monitor does (answer, decline, next, back, jump,
add a repeat instance, go back from the review). The runner decides what is
saved and what happens when the interview ends.

The keyboard flow a monitor can trust: Enter always means Next (on a note,
on a decline button, in the section list), Alt+Left means Back, digits
choose; each new screen puts the focus on its first field and starts at the
top; the view scrolls to follow the focus and to show a message a blocked
Next put under a field. Typed text is handed to the engine before any move.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui.busy_pump import pumped
from napsurvey.gui.interview.field_messages import refusal_message
from napsurvey.gui.interview.review_page import ReviewPage
from napsurvey.gui.interview.screen_view import PromptKey, QuestionScreen, RepeatScreen
from napsurvey.gui.interview.section_list import SectionPanel
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import ElidedLabel, PageSwitcher, label, primary_button
from napsurvey.interview import AnswerProblem, Interview, Screen
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
        self._problems_at: set[str] = set()
        self._shown_key: tuple[str, str | None, tuple[int, ...]] | None = None  # the screen drawn last
        self._focus_wanted = False  # the first field takes the focus once the view is shown

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
        self.stack = PageSwitcher(column)  # sized by the page shown: no screen stretched to the review's height
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
        self.keys_hint: QLabel = ElidedLabel("KeysHint", bar)
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = primary_button(bar)
        self.next_button.setObjectName("NextButton")
        for button in (self.back_button, self.next_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumWidth(150)
        bar_layout.addWidget(self.back_button)
        bar_layout.addWidget(self.keys_hint, 1)
        bar_layout.addWidget(self.next_button)
        main.addWidget(bar)
        outer.addLayout(main, 1)

        self.question.answered.connect(self.answer)
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
        # Enter is a shortcut too, so no widget with the focus (the section list opens a section on Enter,
        # a focused button would press itself) can take it: Enter always means Next.
        self.next_shortcuts = []
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.next)
            self.next_shortcuts.append(shortcut)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self.current: Screen | None = None
        self.retranslate()
        self.redraw()

    # ---- drawing ----------------------------------------------------------------
    def _instance_text(self, screen: Screen) -> str:
        return " · ".join(
            self.tr("%1 — %2 of %3").replace("%1", i.label).replace("%2", str(i.number)).replace("%3", str(i.count))
            for i in screen.instances
        )

    def _appearance(self, screen: Screen) -> str:
        interview = self.interview
        item = interview.cf.by_name.get(screen.name or "") if interview is not None else None
        return (item.row.appearance or "") if item is not None else ""

    def redraw(self, sender: PromptKey | None = None, focus: bool = True) -> None:
        """Redraw from the engine; ``sender`` is the question just answered (its widgets are left alone).

        A new screen starts at the top with the focus on its first field (or on
        the first one with a problem); the same screen redrawn keeps its place.
        """
        interview = self.interview
        if interview is None:
            return
        screen = interview.current()
        self.current = screen
        if screen.kind == "ended":
            self.ended.emit()
            return
        if screen.kind in ("question", "group"):
            self.question.show_screen(screen, self._instance_text(screen), sender, self._appearance(screen))
            self.stack.setCurrentWidget(self.question)
        elif screen.kind == "repeat":
            self.repeat.show_screen(screen)
            self.stack.setCurrentWidget(self.repeat)
        else:
            self.review_page.show_review(review(interview), interview.problems(), self.tr("General"), self.consent_name)
            self.stack.setCurrentWidget(self.review_page)
        if screen.kind != "end":
            self.review_page.wipe_rows()  # nothing of the review stays behind the screen shown
        self.sections.show_sections(interview.sections(), screen.section, interview.state.consent_open())
        self.sections.show_progress(interview.progress())
        self.back_button.setEnabled(bool(interview.history))
        self._set_next_text()
        key = (screen.kind, screen.name, screen.path)
        new_screen = key != self._shown_key
        self._shown_key = key
        if new_screen:
            self._settle()  # the new screen's own size now, never the one before it (a long review)
            if not self._problems_at:
                self.scroll_area.verticalScrollBar().setValue(0)
        if sender is None and focus:
            self._focus_screen()
        self.screen_shown.emit()

    def _focus_screen(self) -> None:
        """The keyboard focus to the first field of the screen (Next on a note or on the review)."""
        interview, screen = self.interview, self.current
        if interview is None or screen is None:
            return
        if not self.isVisible():
            self._focus_wanted = True  # the focus cannot be given yet: once the view shows
            return
        self._focus_wanted = False
        if screen.kind in ("question", "group"):
            if not self.question.focus_first(self._problems_at):
                self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)  # a note: Next has it
        elif screen.kind == "repeat":
            self.repeat.add_button.setFocus()
        elif interview.problems():
            self.review_page.focus_first()
        else:
            self.next_button.setFocus()
        if self._problems_at:
            self._show_first_problem()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt name)
        super().showEvent(event)
        if self._focus_wanted:
            self._focus_screen()

    def _settle(self) -> None:
        # Lay the screen out now (not at the next turn of the event loop), so scrolling sees real positions.
        # Only once shown: a layout asked to settle while hidden drops the request and stays unlaid.
        if self.isVisible():
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The view scrolls so that the widget getting the focus is in sight (digits move it on, too)."""
        holder = self.scroll_area.widget()
        if new is not None and holder is not None and holder.isAncestorOf(new) and self.isVisible():
            self._settle()
            self.scroll_area.ensureWidgetVisible(new, 16, 24)

    def _show_first_problem(self) -> None:
        """After a blocked Next: the first message under a field is brought into sight."""
        self._settle()
        for message in self.question.visible_messages():
            self.scroll_area.ensureWidgetVisible(message, 16, 24)
            return

    def _arrows(self) -> tuple[str, str]:
        # Next points the way the text reads: right in English and French, left in Arabic.
        return ("←", "→") if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ("→", "←")

    def _set_next_text(self) -> None:
        screen = self.current
        interview = self.interview
        at_end = screen is not None and screen.kind == "end"
        forward, _back = self._arrows()
        label_next = self.tr("Next")
        self.next_button.setText(self.tr("Complete interview") if at_end else f"{label_next}  {forward}")
        self.next_button.setEnabled(not (at_end and interview is not None and interview.problems()))
        consent = screen is not None and self.consent_name is not None and any(p.name == self.consent_name for p in screen.prompts)
        self.step.setText(self.tr("Consent") if consent else "")
        self.step.setVisible(consent)

    def retranslate(self) -> None:
        """Interface texts."""
        _forward, back = self._arrows()
        label_back = self.tr("Back")
        self.back_button.setText(f"{back}  {label_back}")
        self.keys_hint.setText(self.tr("Keys: 1–9 choose · Enter next · Alt+← back"))
        self.keys_hint.setToolTip(self.keys_hint.text())
        if self.current is not None:
            self._set_next_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()

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
        name = str(exc.params.get("name", ""))
        current = self.current
        path = current.path if current is not None else ()
        if self.question.set_message(name, path, refusal_message(exc)):
            return
        self.question.notice.setText(error_text(exc))
        self.question.notice.show()

    @pumped
    def answer(self, name: str, path: tuple[int, ...], value: object) -> None:
        """An answer reached the view (a choice at once, typed text when its field was left):
        tell the engine, redraw the screen in place, save the draft."""
        interview = self.interview
        if interview is None:
            return
        try:
            interview.answer(name, value, path)
        except NapError as exc:
            # An impossible value ("-" for a number): the engine keeps no answer, and the field says why.
            if self._run(lambda: interview.answer(name, "", path)):
                self.redraw(sender=(name, path), focus=False)
                self.changed.emit()
            self.question.set_message(name, path, refusal_message(exc))
            return
        # The question that changed keeps its widgets as they are; the rest redraws.
        self.redraw(sender=(name, path), focus=False)
        self.changed.emit()

    def flush(self) -> None:
        """Hand over what is typed and not handed over yet (before the screen changes, a stop, a swap)."""
        self.question.commit_typed()

    @pumped
    def decline(self, name: str, path: tuple[int, ...]) -> None:
        """The respondent declined this question (the screen keeps its place)."""
        interview = self.interview
        if interview is not None and self._run(lambda: interview.decline(name, path)):
            self.redraw(sender=(name, path), focus=False)
            self.question.focus_question(name, path)
            self.changed.emit()

    @pumped
    def undecline(self, name: str, path: tuple[int, ...]) -> None:
        """The respondent wants to answer after all: clear the decline (the screen keeps its place)."""
        interview = self.interview
        if interview is not None and self._run(lambda: interview.answer(name, "", path)):
            self.redraw(sender=(name, path), focus=False)
            self.question.focus_question(name, path)
            self.changed.emit()

    @pumped
    def next(self) -> None:
        """Next (or Complete on the review page); typed text is handed over first."""
        interview = self.interview
        if interview is None or self.current is None:
            return
        self.flush()
        if self.interview is None or self.current is None:
            return  # the answer ended the interview's view (quick-hide during the hand-over)
        if self.current.kind == "end":
            if not interview.problems():
                self.complete_requested.emit()
            return
        problems: list[AnswerProblem] = []
        if not self._run(lambda: problems.extend(interview.next())):
            return
        self._problems_at = {p.name for p in problems}
        self.changed.emit()
        self.redraw()
        self._problems_at = set()

    @pumped
    def back(self) -> None:
        """Back to the previous screen."""
        self.flush()
        interview = self.interview
        if interview is not None and interview.status == "in_progress" and interview.back():
            self.redraw()

    @pumped
    def jump(self, section: str) -> None:
        """Open a section from the side panel."""
        self.flush()
        interview = self.interview
        if interview is not None and self._run(lambda: interview.jump(section)):
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
        if key in _DIGITS and mods == Qt.KeyboardModifier.NoModifier and self.stack.currentWidget() is self.question:
            if self.question.choose(_DIGITS[key]):
                event.accept()
                return
        super().keyPressEvent(event)

    # ---- language and safety ------------------------------------------------------------
    @pumped
    def set_language(self, language: str) -> None:
        """Show the form in another of its languages."""
        self.flush()
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
