"""One question on screen: its text, hint, input, live message and the decline button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from napsurvey.gui.interview.field_messages import prompt_message
from napsurvey.gui.interview.inputs import AcknowledgeInput, AnswerInput, TextInput, make_input
from napsurvey.gui.widgets import label
from napsurvey.interview import Prompt

#: Labels longer than this are drawn as reading text, not as a bold question title.
LONG_LABEL = 180


class PromptView(QFrame):
    """Draws a :class:`Prompt`; emits what the monitor does with it."""

    answered = Signal(str, tuple, object)  # name, path, value ("" clears)
    committed = Signal(str, tuple)  # a typed answer was handed over (the field was left, or Enter)
    decline_clicked = Signal(str, tuple)
    undecline_clicked = Signal(str, tuple)

    def __init__(self, prompt: Prompt, *, declinable: bool, in_group: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Prompt" if in_group else "PromptSingle")
        self.name = prompt.name
        self.path = prompt.path
        self.type = prompt.type
        self.declinable = declinable
        self.prompt = prompt
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14) if in_group else layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label: QLabel = label("NoteText" if prompt.type == "note" else ("PromptLabel" if in_group else "QuestionText"))
        self.hint: QLabel = label("Hint")
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        self.input: AnswerInput | None = make_input(prompt.type, self, prompt.row.appearance or "")
        if self.input is not None:
            self.input.edited.connect(self._edited)
            if isinstance(self.input, TextInput):
                self.input.committed.connect(lambda: self.committed.emit(self.name, self.path))
            layout.addWidget(self.input)
        self.message: QLabel = label("FieldMessage")
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.declined_badge: QLabel = label("DeclinedBadge", wrap=False)
        self.decline_button = QPushButton(self)
        self.decline_button.setObjectName("DeclineButton")
        self.decline_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.decline_button.clicked.connect(self._decline_toggled)
        row.addWidget(self.declined_badge)
        row.addStretch(1)
        row.addWidget(self.decline_button)
        layout.addLayout(row)
        has_input = self.input is not None
        self.decline_button.setVisible(has_input and declinable)
        self.declined_badge.hide()
        self._language_texts = ("", "", "", "")
        self.show_prompt(prompt, update_value=True)

    # ---- drawing -----------------------------------------------------------
    def show_prompt(self, prompt: Prompt, *, update_value: bool) -> None:
        """Redraw from the engine's prompt (value only when ``update_value``: never under the cursor)."""
        self.prompt = prompt
        marker = "  *" if prompt.required else ""
        self.label.setText(prompt.label + marker)
        # A consent script or a long statement reads better in regular weight than as a bold title.
        long_text = len(prompt.label) > LONG_LABEL
        if self.label.property("long") != long_text:
            self.label.setProperty("long", long_text)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
        self.hint.setText(prompt.hint)
        self.hint.setVisible(bool(prompt.hint))
        if self.input is not None:
            self.input.set_choices(prompt.choices)
            if update_value:
                self.input.set_value(prompt.value)
            self.input.set_read_only(prompt.read_only or prompt.declined)
        self.set_message(prompt_message(prompt))
        self.setProperty("declined", "true" if prompt.declined else "false")
        self.setProperty("problem", "true" if prompt.message else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.declined_badge.setVisible(prompt.declined)
        self.retranslate()

    def set_message(self, message: str | None) -> None:
        """Show (or hide) the live validation message next to the field."""
        self.message.setText(message or "")
        self.message.setVisible(bool(message))

    def retranslate(self) -> None:
        """Interface texts of this question (the form's own texts come from the engine)."""
        declined = self.prompt.declined
        self.decline_button.setText(self.tr("Answer after all") if declined else self.tr("Decline to answer"))
        self.decline_button.setToolTip(self.tr("The respondent does not want to answer this question"))
        self.declined_badge.setText(self.tr("Declined by the respondent"))
        if isinstance(self.input, AcknowledgeInput):
            self.input.set_text(self.tr("Done"))

    # ---- actions -------------------------------------------------------------
    def _edited(self, value: object) -> None:
        self.answered.emit(self.name, self.path, value)

    def _decline_toggled(self) -> None:
        if self.prompt.declined:
            self.undecline_clicked.emit(self.name, self.path)
        else:
            self.decline_clicked.emit(self.name, self.path)

    def choose(self, n: int) -> bool:
        """A digit key: select the n-th choice."""
        return self.input.choose(n) if self.input is not None and not self.prompt.declined else False

    def focus_input(self) -> bool:
        """Put the keyboard focus on the input; False if there is none."""
        target = self.input.focus_target() if self.input is not None else None
        if target is None or not target.isEnabled():
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def holds_focus(self, widget: QWidget | None) -> bool:
        """True when ``widget`` is part of this question."""
        return widget is not None and (widget is self or self.isAncestorOf(widget))

    def wipe(self) -> None:
        """Blank every text (quick-hide)."""
        if self.input is not None:
            self.input.wipe()
        for widget in (self.label, self.hint, self.message, self.declined_badge):
            widget.clear()
        self.decline_button.setText("")
