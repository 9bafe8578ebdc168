"""Expressions of an XLSForm, rewritten into ours and checked, every problem listed once.

What the rewrite does, before our parser reads the text:

* typographic quotes become straight quotes;
* XPath paths (``../age``, ``/data/household/age``, ``current()/../age``,
  and the quoted path of ``jr:choice-name(., '/data/q')``) become ``${age}``,
  resolved against the workbook's groups;
* ``${last-saved#x}`` (an answer of the previous interview) reads as empty,
  as in a first interview: napsurvey never carries answers from one
  respondent to the next;
* a reference to a row that was not imported reads as empty, except
  ``${today}``, ``${start}`` and ``${end}``, which read ``today()``.

Labels and hints get the same treatment of references (a reference to a row
not imported is taken out of the text). Each rewrite that changes meaning has
its line; an expression our parser cannot run is fatal, with all its problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import check
from napsurvey.forms.expressions.tokens import REF_PATTERN, Kind, Token, tokenize
from napsurvey.forms.model import TRANSLATED_COLUMNS
from napsurvey.forms.xlsform_context import Conversion
from napsurvey.forms.xlsform_survey import Entry

#: Survey columns holding expressions (checked with our parser).
EXPRESSION_COLUMNS = ("relevant", "constraint", "calculation", "choice_filter", "required", "read_only", "repeat_count")

_SMART_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_LAST_SAVED = re.compile(r"\$\{\s*last-saved#\s*([^}\s]*)\s*\}")
_REFERENCE = re.compile(r"\$\{\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*\}")
_QUOTED_REF = re.compile(r"^\s*\$\{\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*\}\s*$")
_TODAY_TYPES = frozenset({"today", "start", "end", "get_today", "get_start_time", "get_end_time", "start_time", "end_time"})
_STEP_KINDS = (Kind.PARENT, Kind.CURRENT, Kind.NAME)
_BEFORE_ABSOLUTE = (Kind.OP, Kind.LPAREN, Kind.COMMA, Kind.LBRACKET)
_WORD_OPERATORS = frozenset({"and", "or", "div", "mod"})


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


class Rewriter:
    """Rewrites the expressions of one workbook's survey rows (see the module's docstring)."""

    def __init__(self, conv: Conversion, entries: list[Entry]) -> None:
        self.conv = conv
        self.sheet = conv.title("survey")
        self.nodes: dict[tuple[str, ...], str] = {}
        self.names: dict[str, str] = {}
        for entry in entries:
            if entry.source_name and entry.name and not entry.added and entry.base not in ("end_group", "end_repeat"):
                self.nodes.setdefault((*entry.parents, entry.source_name), entry.name)
                self.names.setdefault(entry.source_name, entry.name)
        for entry in entries:
            if entry.added and entry.name:
                self.names.setdefault(entry.name, entry.name)
        self.reported: dict[tuple[int, str, ErrorCode, str], None] = {}  # ordered: newest last

    # --- lines, each once per row, column and subject ------------------------------------
    def once(self, row: int, place: str, code: ErrorCode, subject: str, *, fatal: bool, **params: Any) -> None:
        """One line per row, column, code and subject (a label in three languages is one problem)."""
        key = (row, place, code, subject)
        if key in self.reported:
            return
        self.reported[key] = None
        self.conv.problem(self.sheet, row, code, fatal=fatal, **params)

    # --- references ------------------------------------------------------------------------
    def reference(self, entry: Entry, column: str, name: str, *, in_text: bool) -> str:
        """What ``${name}`` becomes: ``${final}``, ``''``/``today()`` for a row not imported, or itself."""
        if name in self.conv.ambiguous:
            self.once(entry.number, column, ErrorCode.FORM_XLSFORM_AMBIGUOUS_REFERENCE, name, fatal=True, column=column, name=name)
            return f"${{{name}}}"
        if name in self.names:
            return f"${{{self.names[name]}}}"
        if name not in self.conv.dropped:
            return f"${{{name}}}"  # unknown: the linter says so, on this row
        return self.not_imported(entry, column, name, in_text=in_text)

    def not_imported(self, entry: Entry, column: str, name: str, *, in_text: bool) -> str:
        """What a reference to the row ``name``, which was not imported, becomes (and its line)."""
        dropped = self.conv.dropped[name]
        if not in_text and dropped.kind == "metadata" and "_".join(dropped.type.lower().split()) in _TODAY_TYPES:
            code = ErrorCode.FORM_XLSFORM_TODAY_REFERENCE
            self.once(entry.number, column, code, name, fatal=False, column=column, name=name, type=dropped.type)
            return "today()"
        effect = "it was taken out of the text" if in_text else "it reads as empty"
        self.once(
            entry.number, column, ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE, name, fatal=False,
            column=column, name=name, type=dropped.type, effect=effect,
        )  # fmt: skip
        return "" if in_text else "''"

    def path(self, entry: Entry, column: str, steps: list[str], absolute: bool, written: str) -> str | None:
        """What an XPath path from ``entry`` becomes: ``${name}`` of the question it leads to, what a
        reference to a row not imported becomes, or None when it leads nowhere (and that is said)."""
        if absolute:
            node: list[str] = list(steps[1:])  # the first step is the form's root
        else:
            node = [*entry.parents, entry.source_name or ""]
            for step in steps:
                if step == "..":
                    if not node:
                        break
                    node.pop()
                elif step != ".":
                    node.append(step)
        found = self.nodes.get(tuple(node))
        if found is not None:
            return f"${{{found}}}"
        last = node[-1] if node else ""
        if last in self.conv.dropped:
            # the path leads to a row that was not imported (not to another row of that name)
            return self.not_imported(entry, column, last, in_text=False)
        self.once(entry.number, column, ErrorCode.FORM_XLSFORM_PATH, written, fatal=True, column=column, path=written)
        return None

    # --- whole expressions -------------------------------------------------------------------
    def expression(self, entry: Entry, column: str, source: str) -> str:
        """``source`` rewritten, and checked: every problem of it listed."""
        text = source.translate(_SMART_QUOTES)
        if text != source:
            self.once(entry.number, column, ErrorCode.FORM_XLSFORM_QUOTES, "", fatal=False, column=column)
        text = self._last_saved(entry, column, text, replacement="''")
        try:
            tokens = tokenize(text)
        except NapError:
            tokens = []
        unresolved = len(self.reported)
        spans = self._spans(entry, column, text, tokens)
        unresolved = sum(1 for key in list(self.reported)[unresolved:] if key[2] is ErrorCode.FORM_XLSFORM_PATH)
        for span in sorted(spans, key=lambda s: s.start, reverse=True):
            text = text[: span.start] + span.text + text[span.end :]
        if not unresolved:  # a path leading nowhere is the problem; that it does not parse says nothing more
            self._check(entry, column, text)
        return text

    def _last_saved(self, entry: Entry, column: str, text: str, *, replacement: str) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            action = "it reads as empty, as in a first interview" if replacement else "it was taken out of the text"
            self.once(entry.number, column, ErrorCode.FORM_XLSFORM_LAST_SAVED, name, fatal=False, column=column, name=name, action=action)
            return replacement

        return _LAST_SAVED.sub(replace, text)

    def _spans(self, entry: Entry, column: str, text: str, tokens: list[Token]) -> list[_Span]:
        spans: list[_Span] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.kind is Kind.REF:
                end = _end(text, token)
                new = self.reference(entry, column, token.text, in_text=False)
                if new != text[token.pos : end]:
                    spans.append(_Span(token.pos, end, new))
                i += 1
                continue
            if token.kind is Kind.NAME and token.text == "jr:choice-name":
                span = self._choice_name(entry, column, text, tokens, i)
                if span is not None:
                    spans.append(span)
                i += 1
                continue
            start = self._path_start(tokens, i)
            if start is None:
                i += 1
                continue
            absolute, first = start
            steps, j = _steps(tokens, first)
            if not steps or all(step == ".." for step in steps):
                i = max(j, i + 1)  # position(..): syntax of its own
                continue
            written = text[token.pos : _end(text, tokens[j - 1])]
            replacement = self.path(entry, column, steps, absolute, written)
            if replacement is not None:
                spans.append(_Span(token.pos, _end(text, tokens[j - 1]), replacement))
            i = j
        return spans

    def _path_start(self, tokens: list[Token], i: int) -> tuple[bool, int] | None:
        """(absolute, index of the first step) if a path starts at token ``i``."""
        token = tokens[i]
        before = tokens[i - 1].kind if i else None
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        call_then_slash = [t.kind for t in tokens[i + 1 : i + 4]] == [Kind.LPAREN, Kind.RPAREN, Kind.SLASH]
        if token.kind is Kind.NAME and token.text == "current" and call_then_slash:
            return False, i + 4
        if token.kind is Kind.PARENT and before is not Kind.SLASH:
            return False, i
        if token.kind is Kind.CURRENT and following is not None and following.kind is Kind.SLASH:
            return False, i
        operand_before = before is Kind.NAME and tokens[i - 1].text in _WORD_OPERATORS
        starts = before is None or before in _BEFORE_ABSOLUTE or operand_before
        if token.kind is Kind.SLASH and starts and following is not None and following.kind is Kind.NAME:
            return True, i + 1
        return None

    def _choice_name(self, entry: Entry, column: str, text: str, tokens: list[Token], i: int) -> _Span | None:
        """The quoted question of jr:choice-name(value, '...'), as ``'${final}'``."""
        depth = 0
        for j in range(i + 1, len(tokens)):
            kind = tokens[j].kind
            if kind is Kind.LPAREN:
                depth += 1
            elif kind is Kind.RPAREN:
                depth -= 1
                if depth == 0:
                    return None
            elif kind is Kind.COMMA and depth == 1:
                quoted = tokens[j + 1] if j + 1 < len(tokens) else None
                if quoted is None or quoted.kind is not Kind.STRING:
                    return None
                inner = quoted.text.strip()
                match = _QUOTED_REF.match(inner)
                if match:
                    new = self.reference(entry, column, match.group(1), in_text=False)
                    target = new[2:-1] if new.startswith("${") else None
                else:
                    try:
                        steps_tokens = tokenize(inner)
                    except NapError:
                        return None
                    start = self._path_start(steps_tokens, 0)
                    if start is None:
                        return None
                    steps, _ = _steps(steps_tokens, start[1])
                    new = self.path(entry, column, steps, start[0], inner) or ""
                    target = new[2:-1] if new.startswith("${") else None
                if target is None:
                    return None
                return _Span(quoted.pos, quoted.pos + len(quoted.text) + 2, f"'${{{target}}}'")
        return None

    def _check(self, entry: Entry, column: str, text: str) -> None:
        _, problems = check(text)
        for exc in dict.fromkeys(problems):
            if exc.code is ErrorCode.EXPR_UNKNOWN_FUNCTION:
                function = str(exc.params.get("name", "?"))
                code = ErrorCode.FORM_XLSFORM_UNSUPPORTED_FUNCTION
                self.once(entry.number, column, code, function, fatal=True, column=column, function=function)
            elif exc.code is ErrorCode.EXPR_REFUSED_FUNCTION:
                function = str(exc.params.get("name", "?"))
                reason = str(exc.params.get("reason", ""))
                code = ErrorCode.FORM_XLSFORM_REFUSED_FUNCTION
                self.once(entry.number, column, code, function, fatal=True, column=column, function=function, reason=reason)
            else:
                self.once(entry.number, column, ErrorCode.FORM_BAD_EXPRESSION, exc.message, fatal=True, column=column, reason=exc.message)

    # --- texts -------------------------------------------------------------------------------
    def texts(self, entry: Entry) -> None:
        """Labels, hints, messages: references to rows not imported and to the last interview taken out."""
        for column in TRANSLATED_COLUMNS:
            value = entry.row.get(column)
            if not isinstance(value, dict):
                continue
            for language, written in list(value.items()):
                value[language] = self._text(entry, column, written)

    def _text(self, entry: Entry, column: str, written: str) -> str:
        new = self._last_saved(entry, column, written, replacement="")
        return _REFERENCE.sub(lambda m: self.reference(entry, column, m.group(1), in_text=True), new)

    def rows(self, entries: list[Entry]) -> None:
        """Rewrite every expression and text of ``entries`` in place."""
        for entry in entries:
            for column in EXPRESSION_COLUMNS:
                value = entry.row.get(column)
                if isinstance(value, str) and value.strip():
                    entry.row[column] = self.expression(entry, column, value)
            self.texts(entry)
            default = entry.row.get("default")
            if isinstance(default, str) and _LAST_SAVED.search(default):
                self._last_saved(entry, "default", default, replacement="")
                del entry.row["default"]
            elif isinstance(default, str) and ("${" in default or "(" in default):
                reason = "it is an expression; a napsurvey default is a fixed value"
                self.once(entry.number, "default", ErrorCode.FORM_XLSFORM_DEFAULT, default, fatal=False, value=default, reason=reason)
                del entry.row["default"]


def _end(text: str, token: Token) -> int:
    if token.kind is Kind.REF:
        match = REF_PATTERN.match(text, token.pos)
        return match.end() if match else token.pos + len(token.text) + 3
    if token.kind is Kind.STRING:
        return token.pos + len(token.text) + 2
    return token.pos + len(token.text)


def _steps(tokens: list[Token], first: int) -> tuple[list[str], int]:
    """The steps of a path from token ``first``, and the index after the last one."""
    steps: list[str] = []
    j = first
    while j < len(tokens) and tokens[j].kind in _STEP_KINDS:
        if tokens[j].kind is Kind.NAME and j + 1 < len(tokens) and tokens[j + 1].kind is Kind.LPAREN:
            break  # a function call, not a step
        steps.append(tokens[j].text)
        j += 1
        if j + 1 < len(tokens) and tokens[j].kind is Kind.SLASH and tokens[j + 1].kind in _STEP_KINDS:
            j += 1
            continue
        break
    return steps, j
