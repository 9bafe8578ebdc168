"""The review before completion: answers per section; click one to go back and change it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from napsurvey.gui.widgets import label
from napsurvey.gui.wrapping import WrapPushButton
from napsurvey.interview import AnswerProblem
from napsurvey.interview.review import ReviewEntry


class ReviewPage(QWidget):
    """Sections as cards; each answer is a button that opens its question again."""

    change_requested = Signal(str, tuple)  # name, path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(14)
        self.title: QLabel = label("QuestionText")
        self.intro: QLabel = label("Hint")
        self.problems: QLabel = label("Error")
        self.problems.hide()
        for widget in (self.title, self.intro, self.problems):
            self.layout_.addWidget(widget)
        self.cards: list[QFrame] = []
        self.rows: list[WrapPushButton] = []
        self._problem_count = 0
        self.retranslate()

    def show_review(
        self, entries: Sequence[ReviewEntry], problems: Sequence[AnswerProblem], general_title: str, consent_name: str | None = None
    ) -> None:
        """Draw the entries grouped by section, and what still blocks completion (consent is not repeated)."""
        self.wipe_rows()
        entries = [e for e in entries if e.name != consent_name]
        by_section: list[tuple[str, list[ReviewEntry]]] = []
        for entry in entries:
            title = entry.section_label if entry.section is not None else general_title
            if not by_section or by_section[-1][0] != title:
                by_section.append((title, []))
            by_section[-1][1].append(entry)
        for title, items in by_section:
            frame = QFrame(self)
            frame.setObjectName("ReviewCard")
            box = QVBoxLayout(frame)
            box.setContentsMargins(16, 12, 16, 12)
            box.setSpacing(4)
            heading = label("ReviewSection")
            heading.setText(title)
            box.addWidget(heading)
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            row = 0
            block = ""
            for entry in items:
                if entry.block != block:
                    block = entry.block
                    if block:  # a table-list battery: its label once, its questions under it
                        group = label("ReviewGroup")
                        group.setText(entry.block_label)
                        grid.addWidget(group, row, 0, 1, 2)
                        row += 1
                question = label("ReviewQuestion")
                question.setProperty("in_block", "true" if block else "false")
                question.setText(entry.label)
                answer = WrapPushButton(frame)
                answer.setObjectName("ReviewAnswer")
                answer.setCursor(Qt.CursorShape.PointingHandCursor)
                answer.setProperty("question", entry.name)
                answer.setProperty("declined", "true" if entry.declined else "false")
                answer.setProperty("missing", "true" if not entry.answer and not entry.declined else "false")
                answer.setProperty("answer_text", entry.answer)
                answer.clicked.connect(lambda _=False, n=entry.name, p=entry.path: self.change_requested.emit(n, p))
                grid.addWidget(question, row, 0)
                grid.addWidget(answer, row, 1)
                self.rows.append(answer)
                row += 1
            box.addLayout(grid)
            self.layout_.addWidget(frame)
            self.cards.append(frame)
        self._problem_count = len(problems)
        self.problems.setVisible(bool(problems))
        self.retranslate()

    def retranslate(self) -> None:
        """Interface texts; answers keep the form's language."""
        self.title.setText(self.tr("Review the answers"))
        self.intro.setText(
            self.tr("Read the answers back if the respondent wishes. Click an answer to change it, then press Complete.")
        )
        self.problems.setText(
            self.tr("%n question(s) still need an answer or a correction before the interview can be completed.", "", self._problem_count)
        )
        for button in self.rows:
            if button.property("declined") == "true":
                button.set_wrapped_text(self.tr("Declined"))
            elif button.property("missing") == "true":
                button.set_wrapped_text(self.tr("Not answered — change"))
            else:
                button.set_wrapped_text(str(button.property("answer_text")))

    def wipe_rows(self) -> None:
        """Remove every answer shown."""
        for button in self.rows:
            button.set_wrapped_text("")
            button.setProperty("answer_text", "")
        for frame in self.cards:
            for text in frame.findChildren(QLabel):
                text.clear()
            self.layout_.removeWidget(frame)
            frame.deleteLater()
        self.cards = []
        self.rows = []

    def focus_first(self) -> None:
        """Focus the first answer (keyboard review)."""
        if self.rows:
            self.rows[0].setFocus()
