"""The body of a question screen (one question or one field-list group) and of a repeat prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from napsurvey.gui.interview.prompt_view import PromptView
from napsurvey.gui.interview.table_list import TableList, can_tabulate
from napsurvey.gui.widgets import label
from napsurvey.interview import Prompt, Screen

PromptKey = tuple[str, tuple[int, ...]]


class QuestionScreen(QWidget):
    """Draws a ``question`` or ``group`` screen; keeps its widgets while the same questions show."""

    answered = Signal(str, tuple, object)
    committed = Signal(str, tuple)
    decline_clicked = Signal(str, tuple)
    undecline_clicked = Signal(str, tuple)

    def __init__(self, consent_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuestionScreen")
        self.consent_name = consent_name
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self.instance: QLabel = label("InstanceHeader")
        self.title: QLabel = label("GroupTitle")
        self.hint: QLabel = label("Hint")
        self.notice: QLabel = label("Warning")
        for widget in (self.instance, self.title, self.hint, self.notice):
            widget.hide()
            self.layout_.addWidget(widget)
        self.prompts: list[PromptView] = []
        self.tables: list[TableList] = []
        self._keys: list[PromptKey] = []
        self.screen_name: str | None = None
        self._path: tuple[int, ...] = ()

    def show_screen(
        self, screen: Screen, instance_text: str, sender: PromptKey | None = None, appearance: str = ""
    ) -> None:
        """Draw ``screen``; ``sender`` is the question being typed in (its text is left alone).

        On the same screen, questions that stay keep their widgets (focus, cursor, typed text);
        only questions that appear or disappear with the new answer are added or removed. A
        ``table-list`` group whose questions share one choice list is drawn as one grid.
        """
        group = screen.kind == "group"
        as_table = group and "table-list" in appearance.split() and can_tabulate(screen.prompts)
        if screen.name != self.screen_name or screen.path != self._path or as_table != bool(self.tables):
            self._clear()
        if as_table:
            self._show_table(screen)
        else:
            self._show_prompts(screen, group, sender)
        self._keys = [(p.name, p.path) for p in screen.prompts]
        self.screen_name = screen.name
        self._path = screen.path
        self.instance.setText(instance_text)
        self.instance.setVisible(bool(instance_text))
        self.title.setText(screen.label if group else "")
        self.title.setVisible(group and bool(screen.label))
        self.hint.setText(screen.hint if group else "")
        self.hint.setVisible(group and bool(screen.hint))
        self.notice.setText(screen.message)
        self.notice.setVisible(bool(screen.message))

    def _show_prompts(self, screen: Screen, group: bool, sender: PromptKey | None) -> None:
        existing = {(v.name, v.path): v for v in self.prompts}
        views: list[PromptView] = []
        for prompt in screen.prompts:
            key = (prompt.name, prompt.path)
            view = existing.pop(key, None)
            if view is None:
                view = self._make(prompt, group)
            else:
                view.show_prompt(prompt, update_value=key != sender)
            views.append(view)
        for gone in existing.values():
            self._drop(gone)
        if views != self.prompts:
            for view in views:
                self.layout_.removeWidget(view)
            for view in views:
                self.layout_.addWidget(view)
                view.show()  # at once, not when the event loop gets to it: no half-drawn screen
        self.prompts = views

    def _show_table(self, screen: Screen) -> None:
        keys = [(p.name, p.path) for p in screen.prompts]
        if self.tables and self.tables[0].keys != keys:
            self._clear()  # a row appeared or went with the last answer: draw the grid again
        if not self.tables:
            table = TableList(screen.prompts, self)
            table.answered.connect(self.answered)
            table.decline_clicked.connect(self.decline_clicked)
            table.undecline_clicked.connect(self.undecline_clicked)
            self.layout_.addWidget(table)
            table.show()
            self.tables = [table]
        else:
            self.tables[0].show_prompts(screen.prompts)

    def set_message(self, name: str, path: tuple[int, ...], message: str | None) -> bool:
        """Show a message next to one question of the screen; False if it is not on screen."""
        for view in self.prompts:
            if view.name == name and view.path == path:
                view.set_message(message)
                return True
        return any(table.set_message(name, message) for table in self.tables)

    def _make(self, prompt: Prompt, group: bool) -> PromptView:
        view = PromptView(prompt, declinable=prompt.name != self.consent_name, in_group=group, parent=self)
        view.answered.connect(self.answered)
        view.committed.connect(self.committed)
        view.decline_clicked.connect(self.decline_clicked)
        view.undecline_clicked.connect(self.undecline_clicked)
        return view

    def _drop(self, view: PromptView) -> None:
        self.layout_.removeWidget(view)
        view.hide()
        view.wipe()
        view.deleteLater()

    def _clear(self) -> None:
        for view in self.prompts:
            self._drop(view)
        for table in self.tables:
            self.layout_.removeWidget(table)
            table.hide()
            table.wipe()
            table.deleteLater()
        self.prompts = []
        self.tables = []
        self._keys = []

    def commit_typed(self) -> None:
        """Hand over typed text not handed over yet (before the screen changes)."""
        for view in list(self.prompts):
            if view.input is not None and view.input.pending:
                view.input.commit()

    def focused_key(self) -> PromptKey | None:
        """The question holding the keyboard focus, if any."""
        focus = self.focusWidget()
        for view in self.prompts:
            if view.holds_focus(focus) and focus is not None and focus.hasFocus():
                return (view.name, view.path)
        return None

    def focus_first(self, prefer: set[str] | None = None) -> bool:
        """Focus the first question with a problem (``prefer``), else the first unanswered, else the first.

        False when the screen has nothing to focus (a note).
        """
        if self.tables:
            return self.tables[0].focus_first(prefer)
        order = self.prompts
        if prefer:
            order = [v for v in self.prompts if v.name in prefer] + order
        else:
            order = [v for v in self.prompts if v.prompt.value in ("", []) and not v.prompt.declined] + order
        return any(view.focus_input() for view in order)

    def focus_question(self, name: str, path: tuple[int, ...]) -> None:
        """Keep the focus on one question (after it was declined or answered after all)."""
        for view in self.prompts:
            if view.name == name and view.path == path:
                target = view.decline_button if view.prompt.declined else None
                if target is not None and target.isVisible():
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    view.focus_input()
                return
        for table in self.tables:
            row = table.rows.get(name)
            if row is not None:
                (row.decline_button if row.prompt.declined else (row.target() or row.decline_button)).setFocus()

    def visible_messages(self) -> list[QLabel]:
        """The messages shown under fields, top to bottom."""
        messages = [v.message for v in self.prompts if v.message.isVisible()]
        for table in self.tables:
            messages += [r.message for r in table.rows.values() if r.message.isVisible()]
        return messages

    def choose(self, n: int) -> bool:
        """A digit key: the focused choice question (else the first one) takes the n-th choice."""
        if self.tables:
            return self.tables[0].choose(n, self.focusWidget())
        key = self.focused_key()
        takes_digits = [v for v in self.prompts if v.type in ("select_one", "select_multiple", "acknowledge")]
        start = 0
        if key is not None:
            # The focused question, or (focus on a text field or a decline button) the next one with choices.
            at = next(i for i, v in enumerate(self.prompts) if (v.name, v.path) == key)
            start = at if self.prompts[at] in takes_digits else at + 1
        views = [v for v in self.prompts[start:] if v in takes_digits][:1]
        for view in views:
            if view.choose(n):
                if view.type == "select_one":
                    self._focus_after(view)
                return True
        return False

    def _focus_after(self, view: PromptView) -> None:
        # Keyboard flow in a group: a single choice made by digit moves on to the next question.
        index = self.prompts.index(view)
        for following in self.prompts[index + 1 :]:
            if following.focus_input():
                return

    def reset(self) -> None:
        """Forget the drawn questions so the next :meth:`show_screen` rebuilds them."""
        self._clear()
        self.screen_name = None

    def wipe(self) -> None:
        """Blank every text (quick-hide)."""
        for view in self.prompts:
            view.wipe()
        for table in self.tables:
            table.wipe()
        for widget in (self.instance, self.title, self.hint, self.notice):
            widget.clear()


class RepeatScreen(QWidget):
    """An open repeat: how many were added, "add another", or go on with Next."""

    add_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title: QLabel = label("QuestionText")
        self.hint: QLabel = label("Hint")
        self.count: QLabel = label("Muted")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("AddAnother")
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self.add_clicked)
        for widget in (self.title, self.hint, self.count):
            layout.addWidget(widget)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._count = 0

    def show_screen(self, screen: Screen) -> None:
        """Draw the repeat prompt."""
        self.title.setText(screen.label)
        self.hint.setText(screen.hint)
        self.hint.setVisible(bool(screen.hint))
        self._count = screen.repeat_count
        self.retranslate()

    def retranslate(self) -> None:
        """Interface texts."""
        self.count.setText(self.tr("Added so far: %1. Add another, or press Next to go on.").replace("%1", str(self._count)))
        self.add_button.setText(self.tr("+ Add another"))

    def wipe(self) -> None:
        """Blank every text (quick-hide)."""
        for widget in (self.title, self.hint, self.count):
            widget.clear()
