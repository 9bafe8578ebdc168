"""Where the screens of a form are: the walk through the document that navigation follows.

A screen is a question, a field-list group (its relevant questions and notes
together) or an open repeat's "add another?" prompt. :class:`Screens` finds
the next one in document order from the interview's state (relevance,
repeat counts); :class:`~napsurvey.interview.engine.Interview` keeps the
history and decides when a screen may be left.
"""

from __future__ import annotations

from dataclasses import dataclass

from .compiled import CALCULATE, GROUP, NOTE, QUESTION, REPEAT, CompiledForm, Item
from .model import Path
from .state import InterviewState


@dataclass(frozen=True)
class Position:
    """Where the interview stands: a screen item, an open repeat's prompt, or the end."""

    index: int
    path: Path
    kind: str  # "item" | "repeat" | "end"


class Screens:
    """The screens of one compiled form as the interview's current answers lay them out."""

    def __init__(self, compiled: CompiledForm, state: InterviewState) -> None:
        self.items = compiled.items
        self.state = state

    def screen_of(self, item: Item) -> Item:
        """The item whose screen shows ``item``: the outermost field-list group around it
        that is not outside a repeat containing it (a repeat has screens of its own), else itself."""
        screen = item
        parent = item.parent
        while parent is not None:
            group = self.items[parent]
            if group.kind == REPEAT:
                break
            if group.kind == GROUP and group.field_list:
                screen = group
            parent = group.parent
        return screen

    def seek(self, index: int, path: Path, stack: tuple[int, ...]) -> Position:
        """First screen at or after ``index`` in document order; skips whole irrelevant groups.

        Items shown on an enclosing field-list group's screen are passed over;
        a repeat inside such a group is visited after the group's screen.
        """
        items = self.items
        counts = self.state.counts
        repeats = list(stack)
        while True:
            while repeats and index >= items[repeats[-1]].end:
                repeat = items[repeats[-1]]
                outer = path[:-1]
                if repeat.repeat_count is None:
                    return Position(repeat.index, outer, "repeat")
                if path[-1] + 1 < counts.get((repeat.index, outer), 0):
                    path = (*outer, path[-1] + 1)
                    index = repeat.index + 1
                    break
                repeats.pop()
                path = outer
                index = repeat.end
            else:
                if index >= len(items):
                    return Position(len(items), (), "end")
                item = items[index]
                if (index, path) not in self.state.relevant:
                    index = item.end
                elif item.kind != REPEAT and item.in_field_list and self.screen_of(item) is not item:
                    index += 1  # on its field-list group's screen (a group: enter it for nested repeats)
                elif item.kind == GROUP:
                    if item.field_list and self.items_on(Position(index, path, "item")):
                        return Position(index, path, "item")
                    index += 1
                elif item.kind == REPEAT:
                    if item.repeat_count is None:
                        return Position(index, path, "repeat")
                    if counts.get((index, path), 0) == 0:
                        index = item.end
                    else:
                        repeats.append(index)
                        path = (*path, 0)
                        index += 1
                elif item.kind == CALCULATE:
                    index += 1
                else:
                    return Position(index, path, "item")

    def after(self, position: Position) -> Position:
        if position.kind == "end":
            return position
        item = self.items[position.index]
        stack = item.chain
        if item.kind == GROUP and item.field_list:
            # into the group: its questions were on this screen, its repeats come next
            return self.seek(item.index + 1, position.path, stack)
        return self.seek(item.end, position.path, stack)

    def items_on(self, position: Position) -> list[tuple[Item, Path]]:
        """The questions and notes a screen shows (a group's relevant children, or the item itself)."""
        if position.kind != "item":
            return []
        item = self.items[position.index]
        if item.kind != GROUP:
            return [(item, position.path)]
        out: list[tuple[Item, Path]] = []
        i = item.index + 1
        while i < item.end:
            child = self.items[i]
            if child.kind == REPEAT or (child.index, position.path) not in self.state.relevant:
                i = child.end  # a nested repeat gets its own screens, right after this one
                continue
            if child.kind in (QUESTION, NOTE):
                out.append((child, position.path))
            i += 1
        return out
