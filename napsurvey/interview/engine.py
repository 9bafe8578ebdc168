"""The interview: a navigation state machine over one form (no Qt, no I/O).

Like Electrum's wizard, it keeps a stack of the screens shown so ``back()``
retraces the monitor's steps; like JavaRosa's FormEntryController, the GUI
only asks for the current screen and forwards actions. The WHO safeguards are
engine rules: consent first, every question declinable, stop always possible,
the child protocol, and the start gate of ``sensitivity: high`` forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import Value
from napsurvey.forms.model import Form

from .answers import collect, problems_of
from .coercion import coerce, is_empty
from .compiled import CALCULATE, GROUP, NOTE, REPEAT, CompiledForm, Item, compile_form
from .model import (
    AnswerProblem,
    AnswerProgress,
    ChoiceView,
    CompletedInterview,
    InterviewStatus,
    Path,
    Prompt,
    RepeatInstance,
    Screen,
    Section,
    StartContext,
)
from .screens import Position, Screens
from .state import InterviewState
from .texts import fill_references

SNAPSHOT_VERSION = 1


def check_start(form: Form, context: StartContext) -> None:
    """The WHO start gates (recommendations 1, 3 and 7). Raises the first that fails."""
    high = form.is_high
    if high and not context.protocol:
        raise NapError(ErrorCode.INTERVIEW_NO_PROTOCOL)
    if high and not context.trained:
        raise NapError(ErrorCode.INTERVIEW_NOT_TRAINED)
    referral_required = high or bool(form.referral and form.referral.required)
    if form.referral is not None and form.referral.required is False and not high:
        referral_required = False
    if referral_required and not context.referrals:
        raise NapError(ErrorCode.INTERVIEW_NO_REFERRAL)


#: Where an interview stands before its first screen (positions are immutable: one will do).
_NOWHERE = Position(0, (), "end")


class Interview:
    """One interview of one form. Create with :meth:`start` or :meth:`restore`."""

    def __init__(self, compiled: CompiledForm, context: StartContext, undoable: bool = True) -> None:
        self.cf = compiled
        self.form = compiled.form
        self.context = context
        self.items = compiled.items
        self.state = InterviewState(compiled, context.today, undoable)
        languages = compiled.languages
        self._language = context.language if context.language in languages else languages[0]
        self.state.language = self._language
        self.status: InterviewStatus = "in_progress"
        self.position = _NOWHERE
        self.history: list[Position] = []
        self.furthest = -1
        self._flagged: set[tuple[int, Path]] = set()
        # Answers given but not valid (a broken constraint): they do not count as answered in the progress.
        self._invalid: set[tuple[int, Path]] = set()
        self._invalid_known = True
        self.screens = Screens(compiled, self.state)

    # --- creation ----------------------------------------------------------------
    @classmethod
    def start(cls, form: Form | CompiledForm, context: StartContext, *, undoable: bool = True) -> Interview:
        """Begin a new interview, after the start gates.

        ``undoable=False``: a refused answer (an expression over its limits) may leave the
        interview half-changed, and it should then be dropped; faster, for batches (fill()).
        """
        compiled = form if isinstance(form, CompiledForm) else compile_form(form)
        check_start(compiled.form, context)
        interview = cls(compiled, context, undoable)
        interview.state.recompute_all()
        interview._go(interview.screens.seek(0, (), ()), remember=False)
        return interview

    @classmethod
    def for_walk(cls, compiled: CompiledForm, context: StartContext) -> Interview:
        """An interview for back-entry's forward walk (:mod:`.forward`): start gates checked,
        nothing evaluated yet; the walk settles each item once, in form order."""
        check_start(compiled.form, context)
        interview = cls(compiled, context, undoable=False)  # a refusal drops the interview: nothing to undo
        interview.state.forward = True
        return interview

    @classmethod
    def restore(cls, form: Form | CompiledForm, context: StartContext, snapshot: dict[str, Any]) -> Interview:
        """Resume a draft saved with :meth:`snapshot` exactly where it stopped."""
        compiled = form if isinstance(form, CompiledForm) else compile_form(form)
        check_start(compiled.form, context)
        interview = cls(compiled, context)
        try:
            interview._load(snapshot)
        except NapError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged draft is a coded refusal
            raise NapError(ErrorCode.INTERVIEW_DRAFT_UNREADABLE, reason=f"it is damaged ({type(exc).__name__})") from None
        return interview

    # --- language ------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The language prompts are shown in."""
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        if language not in self.cf.languages:
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name="language", reason=f"the form has no language '{language}'")
        self._language = language
        self.state.language = language

    # --- lookups -------------------------------------------------------------------
    def _item(self, name: str) -> Item:
        item = self.cf.by_name.get(name)
        if item is None:
            raise NapError(ErrorCode.INTERVIEW_UNKNOWN_QUESTION, name=name)
        return item

    def _path_for(self, item: Item, path: Path | None) -> Path:
        depth = len(item.chain)
        if path is None:
            path = self.position.path
        if len(path) < depth:
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=item.name, reason="say which repeat instance")
        path = tuple(path[:depth])
        prefix: Path = ()
        for level, repeat in enumerate(item.chain):
            if not 0 <= path[level] < self.state.counts.get((repeat, prefix), 0):
                raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=item.name, reason="no such repeat instance")
            prefix = (*prefix, path[level])
        return path

    def text(self, value: dict[str, str]) -> str:
        """A form text (label, message) in the interview's language."""
        return self.form.text(value, self._language)

    _text = text
    def _shown(self, value: dict[str, str], item: Item, path: Path) -> str:
        """A label or hint as the monitor reads it: ``${name}`` shows the answer given."""
        return fill_references(self._text(value), self.state, item, path)

    def _require_running(self) -> None:
        if self.status != "in_progress":
            raise NapError(ErrorCode.INTERVIEW_ENDED)

    def target(self, name: str, path: Path | None) -> tuple[Item, Path]:
        """The question ``name`` at ``path`` if it can be answered now (else the coded refusal
        :meth:`answer` gives: ended, unknown, consent first, read-only, not relevant)."""
        self._require_running()
        item = self._item(name)
        consent = self.cf.consent
        if consent is not None and item is not consent and not self.state.consent_open():
            raise NapError(ErrorCode.INTERVIEW_CONSENT_REQUIRED)
        if item.kind == CALCULATE or item.kind == NOTE or item.kind in (GROUP, REPEAT):
            raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=name)
        path = self._path_for(item, path)
        if (item.index, path) not in self.state.relevant:
            raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=name)
        if self.state.check(item.read_only, item, path):
            raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=name)
        return item, path

    # --- answering -------------------------------------------------------------------
    def answer(self, name: str, value: Any, path: Path | None = None) -> list[AnswerProblem]:
        """Record an answer (None/""/[] clears it). Raises for a wrong type or unknown choice;
        returns the constraint problems of the new value (kept, and shown, until fixed)."""
        item, path = self.target(name, path)
        key = (item.index, path)
        if is_empty(value):
            self.state.set_answer(item, path, "")
            self._invalid.discard(key)
            return []
        stored = coerce(item, value, self.state.allowed_names(item, path))
        if item is self.cf.consent and isinstance(stored, str) is False:
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=name, reason="consent is one choice")
        self.state.set_answer(item, path, stored)
        self._flagged.discard(key)
        problems = self._problems_of(item, path)
        self._note_validity(key, problems)
        return problems

    def _note_validity(self, key: tuple[int, Path], problems: list[AnswerProblem]) -> None:
        if key in self.state.values and any(p.code is not ErrorCode.INTERVIEW_REQUIRED for p in problems):
            self._invalid.add(key)
        else:
            self._invalid.discard(key)

    def decline(self, name: str, path: Path | None = None) -> None:
        """Record that the respondent declined to answer (WHO recommendation 6)."""
        item, path = self.target(name, path)
        if item is self.cf.consent:
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=name, reason="consent is answered, not declined")
        self.state.set_answer(item, path, "", declined=True)
        self._flagged.discard((item.index, path))
        self._invalid.discard((item.index, path))

    def value(self, name: str, path: Path | None = None) -> Value:
        """The stored answer ("" when none)."""
        item = self._item(name)
        return self.state.values.get((item.index, self._path_for(item, path)), "")

    # --- validation -------------------------------------------------------------------
    def _problems_of(self, item: Item, path: Path, for_leaving: bool = False) -> list[AnswerProblem]:
        return problems_of(self.cf, self.state, item, path, self._text, for_leaving=for_leaving)

    def validate(self) -> list[AnswerProblem]:
        """Problems that keep the current screen from being left."""
        problems: list[AnswerProblem] = []
        for item, path in self.screens.items_on(self.position):
            problems.extend(self._problems_of(item, path, for_leaving=True))
        return problems

    # --- navigation -------------------------------------------------------------------
    def screen_of(self, item: Item) -> Item:
        """The item whose screen shows ``item`` (a field-list group around it, else itself)."""
        return self.screens.screen_of(item)

    def _go(self, position: Position, remember: bool = True) -> None:
        if remember and self.position.kind != "end":
            self.history.append(self.position)
        self.position = position
        top = position.index
        if position.kind != "end":
            section = self.items[position.index].section
            top = section if section is not None else position.index
        self.furthest = max(self.furthest, top)

    def _still_shown(self, position: Position) -> bool:
        if position.kind == "end":
            return True
        item = self.items[position.index]
        try:
            self._path_for(item, position.path) if position.kind == "item" else None
        except NapError:
            return False
        if (position.index, position.path) not in self.state.relevant:
            return False
        return position.kind == "repeat" or item.kind != GROUP or bool(self.screens.items_on(position))

    def next(self) -> list[AnswerProblem]:
        """Leave the current screen if its answers allow it; else return the problems (and stay)."""
        self._require_running()
        problems = self.validate()
        if problems:
            self._flagged = {(self.cf.by_name[p.name].index, p.path) for p in problems}
            return problems
        self._flagged = set()
        shown = {item.index for item, _ in self.screens.items_on(self.position)}
        consent = self.cf.consent
        if consent is not None and consent.index in shown and not self.state.consent_open():
            self.status = "refused"
            return []
        age = self.cf.child_age
        protocol = self.form.child_protocol
        if age is not None and protocol is not None and age.index in shown and self.state.child_closed():
            if protocol.action == "end":
                self.status = "ended_child"
                return []
        if self.position.kind == "repeat":
            repeat = self.items[self.position.index]
            self._go(self.screens.seek(repeat.end, self.position.path, repeat.chain))
        else:
            self._go(self.screens.after(self.position))
        return []

    def back(self) -> bool:
        """Return to the previous screen still shown; False if there is none."""
        self._require_running()
        while self.history:
            position = self.history.pop()
            if self._still_shown(position):
                self.position = position
                self._flagged = set()
                return True
        return False

    def add_repeat(self) -> None:
        """At an open repeat's prompt: add an instance and go to its first screen."""
        self._require_running()
        if self.position.kind != "repeat":
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name="repeat", reason="not at a repeat")
        repeat = self.items[self.position.index]
        path = self.position.path
        count = self.state.counts.get((repeat.index, path), 0)
        self.add_instance(repeat.name, path)
        target = self.screens.seek(repeat.index + 1, (*path, count), (*repeat.chain, repeat.index))
        self._go(target)

    def add_instance(self, name: str, path: Path = ()) -> int:
        """Add an instance to the open repeat ``name`` (at ``path``); returns its index."""
        self._require_running()
        repeat = self._item(name)
        if repeat.kind != REPEAT or repeat.repeat_count is not None:
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=name, reason="not a repeat the monitor can add to")
        path = self._path_for(repeat, path)
        if (repeat.index, path) not in self.state.relevant:
            raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=name)
        count = self.state.counts.get((repeat.index, path), 0)

        def grow() -> None:
            self.state.resize(repeat, path, count + 1)
            self.state.propagate([(repeat.index, path)])  # count(${repeat}) and the like

        self.state.step(grow)
        return count

    def remove_instance(self, name: str, index: int, path: Path = ()) -> None:
        """Delete one instance of the open repeat ``name``; its answers are gone."""
        self._require_running()
        repeat = self._item(name)
        if repeat.kind != REPEAT or repeat.repeat_count is not None:
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=name, reason="not a repeat the monitor can change")
        path = self._path_for(repeat, path)
        if not 0 <= index < self.state.counts.get((repeat.index, path), 0):
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=name, reason="no such repeat instance")
        self.state.step(lambda: self.state.remove_instance(repeat, path, index))
        depth = len(path)
        inside = repeat.index < self.position.index < repeat.end and self.position.path[:depth] == path
        if inside:
            self.position = Position(repeat.index, path, "repeat")
        self.history = [p for p in self.history if self._still_shown(p)]

    def jump(self, section: str) -> None:
        """Go to a top-level section that applies and was already reached."""
        self._require_running()
        item = self._item(section)
        if item.parent is not None or item.kind not in (GROUP, REPEAT):
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=section, reason="not a section")
        if (item.index, ()) not in self.state.relevant:
            raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=section)
        if item.index > self.furthest:
            raise NapError(ErrorCode.INTERVIEW_NOT_REACHED, name=section)
        self._go(self.screens.seek(item.index, (), ()))

    def go_to(self, name: str, path: Path = ()) -> None:
        """Show the screen of question ``name`` (at repeat ``path``) again, to change its answer.

        Only questions that apply now and were already reached can be opened;
        consent cannot be changed (it was recorded before anything else).
        """
        self._require_running()
        item = self._item(name)
        if item.kind in (CALCULATE, NOTE, GROUP, REPEAT) or item is self.cf.consent:
            raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=name)
        path = tuple(path[: len(item.chain)])
        if (item.index, path) not in self.state.relevant:
            raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=name)
        top = item.section if item.section is not None else item.index
        if top > self.furthest:
            raise NapError(ErrorCode.INTERVIEW_NOT_REACHED, name=name)
        screen = self.screens.screen_of(item)
        self._go(Position(screen.index, path[: len(screen.chain)], "item"))

    def stop(self) -> None:
        """End the interview now (WHO recommendation 6); nothing of it is kept."""
        self.status = "stopped"

    # --- what the GUI shows --------------------------------------------------------------
    def _prompt(self, item: Item, path: Path) -> Prompt:
        key = (item.index, path)
        state = self.state
        allowed = state.allowed_choices(item, path) if item.choices else []
        choices = tuple(ChoiceView(c.name, self._text(c.label) or c.name) for c in allowed)
        message: str | None = None
        problems = self._problems_of(item, path, for_leaving=key in self._flagged)
        self._note_validity(key, problems)
        if problems:
            message = problems[0].message
        return Prompt(
            name=item.name,
            type=item.base_type,
            row=item.row,
            label=self._shown(item.row.label, item, path),
            hint=self._shown(item.row.hint, item, path),
            choices=choices,
            value=state.values.get(key, ""),
            declined=key in state.declined,
            message=message,
            required=item.answerable and state.check(item.required, item, path),
            read_only=not item.answerable or state.check(item.read_only, item, path),
            path=path,
            problem=problems[0].code if problems else None,
            message_from_form=bool(problems) and problems[0].from_form,
        )

    def repeat_instances(self, item: Item, path: Path) -> tuple[RepeatInstance, ...]:
        """The instance of each repeat around ``item`` at ``path`` ("Child 2 of 3"), outermost first."""
        out = []
        for level, index in enumerate(item.chain):
            repeat = self.items[index]
            label = self._text(repeat.row.label) or repeat.name
            out.append(RepeatInstance(label, path[level] + 1, self.state.counts.get((index, path[:level]), 0)))
        return tuple(out)

    def _ended_message(self) -> str:
        if self.status == "refused" and self.form.consent is not None:
            return self._text(self.form.consent.on_refusal)
        if self.status == "ended_child" and self.form.child_protocol is not None:
            return self._text(self.form.child_protocol.message)
        return ""

    def current(self) -> Screen:
        """The screen to draw now."""
        if self.status != "in_progress":
            return Screen(kind="ended", message=self._ended_message())
        position = self.position
        if position.kind == "end":
            return Screen(kind="end")
        item = self.items[position.index]
        section = self.items[item.section].name if item.section is not None else None
        if position.kind == "repeat":
            return Screen(
                kind="repeat",
                name=item.name,
                label=self._shown(item.row.label, item, position.path),
                hint=self._shown(item.row.hint, item, position.path),
                path=position.path,
                section=section,
                repeat_count=self.state.counts.get((item.index, position.path), 0),
                instances=self.repeat_instances(item, position.path),
            )
        prompts = tuple(self._prompt(i, p) for i, p in self.screens.items_on(position))
        message = ""
        if self.cf.child_group is not None and self.state.child_closed() and self.form.child_protocol is not None:
            message = self._text(self.form.child_protocol.message)
        return Screen(
            kind="group" if item.kind == GROUP else "question",
            name=item.name,
            label=self._shown(item.row.label, item, position.path),
            hint=self._shown(item.row.hint, item, position.path),
            prompts=prompts,
            path=position.path,
            section=section,
            message=message,
            instances=self.repeat_instances(item, position.path),
        )

    def progress(self) -> AnswerProgress:
        """Validly answered (or declined) questions out of those that apply now.

        The counts are kept incrementally; an answer that breaks its constraint
        (an age of 150) is not counted until it is fixed. Only the few answers
        known to be invalid are checked again here.
        """
        state = self.state
        if not self._invalid_known:  # a restored draft: find its invalid answers once
            for index, path in list(state.values):
                item = self.items[index]
                if item.answerable and (index, path) in state.relevant:
                    self._note_validity((index, path), self._problems_of(item, path))
            self._invalid_known = True
        invalid = 0
        for key in list(self._invalid):
            item = self.items[key[0]]
            if key not in state.values or key not in state.relevant:
                continue
            self._note_validity(key, self._problems_of(item, key[1]))
            invalid += key in self._invalid
        return AnswerProgress(state.answered - invalid, state.total)

    def sections(self) -> list[Section]:
        """Top-level groups and repeats with their state (for the section list)."""
        out: list[Section] = []
        state = self.state
        for section in self.cf.sections:
            relevant = (section.index, ()) in state.relevant
            answered = total = 0
            complete = True
            for index in range(section.index + 1, section.end):
                item = self.items[index]
                if not item.answerable:
                    continue
                for path in state.instances(item, ()):
                    if (index, path) not in state.relevant:
                        continue
                    total += 1
                    answered += state.is_answered((index, path))
                    if self._problems_of(item, path, for_leaving=True):
                        complete = False
            out.append(
                Section(
                    name=section.name,
                    label=self._text(section.row.label) or section.name,
                    relevant=relevant,
                    reachable=relevant and section.index <= self.furthest,
                    answered=answered,
                    total=total,
                    complete=relevant and complete,
                )
            )
        return out

    # --- results ------------------------------------------------------------------------
    def problems(self, only: Iterable[tuple[int, Path]] | None = None) -> list[AnswerProblem]:
        """Every problem that keeps the interview from being complete, in form order.

        ``only``: the answers that may still have a problem, in any order, when the caller
        knows them (back-entry's forward walk: every other answer was checked when it was
        given, with a check that cannot have changed since); the others are not checked again.
        """
        state = self.state
        out: list[AnswerProblem] = []
        if self.cf.consent is not None and not state.consent_open():
            code = ErrorCode.INTERVIEW_CONSENT_REQUIRED
            return [AnswerProblem(self.cf.consent.name, code, code.template)]
        if only is not None:
            items = self.items
            for index, path in sorted(only):  # (item, instance path): the order of the loop below
                out.extend(self._problems_of(items[index], path, for_leaving=True))
            return out
        for item in self.items:
            if item.answerable:
                for path in state.instances(item, ()) if item.chain else ((),):
                    out.extend(self._problems_of(item, path, for_leaving=True))
        return out

    def complete(self, only: Iterable[tuple[int, Path]] | None = None) -> CompletedInterview:
        """The finished interview. Raises the first problem if a required or valid answer is missing.

        ``only`` as for :meth:`problems`.
        """
        form_id, version, language = self.form.form_id, self.form.version, self._language
        if self.status != "in_progress":
            return CompletedInterview(form_id, version, self.status, language=language, message=self._ended_message())
        problems = self.problems(only)
        if problems:
            first = problems[0]
            if first.code is ErrorCode.INTERVIEW_CONSENT_REQUIRED:
                raise NapError(first.code)
            if first.code is ErrorCode.INTERVIEW_UNKNOWN_CHOICE:
                raise NapError(first.code, name=first.name, value=str(self.value(first.name, first.path))[:40])
            raise NapError(first.code, name=first.name, message=first.message)
        if self.form.child_protocol is not None and self.form.child_protocol.action == "end" and self.state.child_closed():
            self.status = "ended_child"
            return CompletedInterview(form_id, version, self.status, language=language, message=self._ended_message())
        declined: list[str] = []
        answers = collect(self.cf, self.state, 0, len(self.items), (), "", declined)
        self.status = "complete"
        return CompletedInterview(form_id, version, "complete", answers, declined, language)

    # --- drafts ---------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """Everything needed to resume, as plain JSON-able data."""
        state = self.state

        def name(index: int) -> str:
            return self.items[index].name

        def pos(p: Position) -> dict[str, Any]:
            return {"name": name(p.index) if p.kind != "end" else None, "path": list(p.path), "kind": p.kind}

        open_counts = [
            [name(i), list(p), n] for (i, p), n in state.counts.items() if self.items[i].repeat_count is None
        ]
        return {
            "snapshot": SNAPSHOT_VERSION,
            "form_id": self.form.form_id,
            "version": self.form.version,
            "answers": [[name(i), list(p), v] for (i, p), v in state.values.items() if self._kept(self.items[i])],
            "seed": state.seed,
            "declined": [[name(i), list(p)] for i, p in state.declined],
            "defaulted": [[name(i), list(p)] for i, p in state.defaulted],
            "repeats": sorted(open_counts, key=lambda r: (self.cf.by_name[r[0]].index, r[1])),
            "position": pos(self.position),
            "history": [pos(p) for p in self.history],
            "furthest": self.furthest,
            "language": self._language,
            "status": self.status,
        }

    @staticmethod
    def _kept(item: Item) -> bool:
        # Answers, and calculations fixed by once(): recomputing them on another day would change them.
        return item.kind != CALCULATE or (item.calculation is not None and "once" in item.calculation.functions)

    def _load(self, snap: dict[str, Any]) -> None:
        if snap.get("snapshot") != SNAPSHOT_VERSION or snap.get("form_id") != self.form.form_id:
            raise NapError(ErrorCode.INTERVIEW_DRAFT_UNREADABLE, reason="it belongs to another form")
        state = self.state
        if isinstance(snap.get("seed"), str):
            state.seed = snap["seed"]
        by_name = self.cf.by_name
        for repeat_name, path, count in snap.get("repeats", []):
            state.counts[(by_name[repeat_name].index, tuple(path))] = int(count)
        for qname, path, value in snap.get("answers", []):
            item = by_name[qname]
            state.put(item, tuple(path), list(value) if isinstance(value, list) else value)
        for qname, path in snap.get("declined", []):
            state.put(by_name[qname], tuple(path), "", declined=True)
        for qname, path in snap.get("defaulted", []):
            state.defaulted.add((by_name[qname].index, tuple(path)))
        state.recompute_all()
        self._invalid_known = False
        if snap.get("language") in self.cf.languages:
            self._language = snap["language"]
            self.state.language = self._language
        self.status = snap.get("status", "in_progress")

        def unpos(data: dict[str, Any]) -> Position:
            if data["kind"] == "end":
                return Position(len(self.items), (), "end")
            return Position(by_name[data["name"]].index, tuple(data["path"]), str(data["kind"]))

        self.history = [p for p in (unpos(d) for d in snap.get("history", [])) if self._still_shown(p)]
        self.furthest = int(snap.get("furthest", -1))
        position = unpos(snap["position"])
        if self._still_shown(position):
            self.position = position
        else:
            item = self.items[min(position.index, len(self.items) - 1)]
            self.position = self.screens.seek(item.index, position.path[: len(item.chain)], item.chain)
