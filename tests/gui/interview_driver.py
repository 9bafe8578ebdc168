"""Drive the interview runner through its real widgets, as a monitor would (click, type, Next)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from napsurvey.gui.interview.inputs import AcknowledgeInput, MultipleChoiceInput, SingleChoiceInput, TextInput
from napsurvey.gui.interview.prompt_view import PromptView
from napsurvey.gui.interview.runner import InterviewRunner
from napsurvey.gui.interview.view import InterviewView

#: Typed answers for the shipped forms' number questions (choices are clicked: the first that is allowed).
TYPED = {
    "age": "34",
}
#: Choices clicked when the first one would end the interview or stop the flow.
CLICKED = {"consent": "yes"}


def click_choice(qtbot: Any, view: PromptView, name: str) -> None:
    """Click the radio / check box of choice ``name``."""
    assert view.input is not None
    QApplication.processEvents()  # lay out new widgets first, as the screen is before a person clicks
    for button in view.input.buttons:  # type: ignore[attr-defined]
        if button.property("choice") == name:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
            return
    raise AssertionError(f"{view.name}: no choice {name}")


def type_into(qtbot: Any, view: PromptView, text: str, leave: bool = True) -> None:
    """Type ``text`` over a line edit's content, then leave the field with Tab (as a monitor moves on).

    The typed answer reaches the engine when the field is left; ``leave=False``
    stays in the field, the answer not handed over yet.
    """
    assert isinstance(view.input, TextInput)
    QApplication.processEvents()
    edit = view.input.edit
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.clear()
    qtbot.keyClicks(edit, text)
    if leave:
        qtbot.keyClick(edit, Qt.Key.Key_Tab)


def prompt(runner: InterviewRunner, name: str) -> PromptView:
    """The question ``name`` on the current screen."""
    for view in runner.view.question.prompts:
        if view.name == name:
            return view
    raise AssertionError(f"{name} is not on screen: {[v.name for v in runner.view.question.prompts]}")


def answer_screen(qtbot: Any, view: InterviewView, answers: dict[str, Any] | None = None) -> None:
    """Answer every question on the current screen through its widgets."""
    answers = {**CLICKED, **(answers or {})}
    for table in view.question.tables:  # a table-list grid: click each row's wanted (else first) cell
        for name, row in table.rows.items():
            if row.prompt.value in ("", []) and not row.prompt.declined:
                wanted = answers.get(name)
                cell = next((c for c in row.cells if c.property("choice") == wanted), row.cells[0])
                QApplication.processEvents()
                qtbot.mouseClick(cell, Qt.MouseButton.LeftButton, pos=cell.rect().center())
    done: set[tuple[str, tuple[int, ...]]] = set()
    while True:
        # Re-read the screen after each answer: relevance may add or remove questions on it.
        pending = [v for v in view.question.prompts if (v.name, v.path) not in done]
        if not pending:
            return
        shown = pending[0]
        done.add((shown.name, shown.path))
        if shown.input is None or shown.prompt.read_only:
            continue
        wanted = answers.get(shown.name)
        if isinstance(shown.input, SingleChoiceInput):
            click_choice(qtbot, shown, wanted or shown.input.names[0])
        elif isinstance(shown.input, MultipleChoiceInput):
            for choice in (wanted if isinstance(wanted, list) else [wanted or shown.input.names[0]]):
                click_choice(qtbot, shown, choice)
        elif isinstance(shown.input, AcknowledgeInput):
            qtbot.mouseClick(shown.input.box, Qt.MouseButton.LeftButton, pos=shown.input.box.rect().center())
        elif isinstance(shown.input, TextInput):
            type_into(qtbot, shown, str(wanted if wanted is not None else TYPED.get(shown.name, "1")))


def click_next(qtbot: Any, view: InterviewView) -> None:
    """Press the Next (or Complete) button."""
    QApplication.processEvents()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)


def run_to_review(qtbot: Any, runner: InterviewRunner, answers: dict[str, Any] | None = None, limit: int = 300) -> None:
    """Answer screen after screen until the review page shows."""
    view = runner.view
    for _ in range(limit):
        screen = view.current
        assert screen is not None
        if screen.kind == "end":
            return
        if screen.kind == "repeat":
            click_next(qtbot, view)
            continue
        answer_screen(qtbot, view, answers)
        before = (screen.name, screen.path)
        click_next(qtbot, view)
        if runner.stack.currentWidget() is runner.ending:
            return
        after = view.current
        assert after is not None
        if (after.name, after.path) == before and after.kind == screen.kind:
            messages = [v.message.text() for v in view.question.prompts if v.message.text()]
            raise AssertionError(f"stuck on {before}: {messages}")
    raise AssertionError("the interview did not reach the review page")


def widget_texts(root: QWidget | None = None) -> list[str]:
    """Every text in line edits, labels and buttons (of one tree, or of the whole application)."""
    roots = [root] if root is not None else list(QApplication.topLevelWidgets())
    found: list[str] = []
    for top in roots:
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
                text = widget.text()
                if text:
                    found.append(text)
    return found
