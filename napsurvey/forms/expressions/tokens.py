"""Tokenizer of the expression language (XLSForm / XPath 1.0 subset)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from napsurvey.errors import ErrorCode, NapError


class Kind(Enum):
    """Token kinds."""

    NUMBER = "number"
    STRING = "string"
    REF = "${name}"
    CURRENT = "."
    PARENT = ".."
    SLASH = "/"
    NAME = "name"
    OP = "operator"
    LPAREN = "("
    RPAREN = ")"
    LBRACKET = "["
    RBRACKET = "]"
    COMMA = ","
    END = "end"


@dataclass(frozen=True, slots=True)
class Token:
    """One token and where it starts in the source (0-based)."""

    kind: Kind
    text: str
    pos: int


#: Characters read as a space: spreadsheets hold non-breaking and zero-width spaces
#: that nobody sees (U+00A0, U+2007, U+202F, U+200B, U+FEFF ...).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_DIGITS = frozenset("0123456789")
_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
REF_PATTERN = re.compile(r"\$\{[\s\u200b\ufeff]*([A-Za-z_][A-Za-z0-9_.\-]*)[\s\u200b\ufeff]*\}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z_][A-Za-z0-9_.\-]*)?")
_OPS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*")
_SINGLE = {"(": Kind.LPAREN, ")": Kind.RPAREN, "[": Kind.LBRACKET, "]": Kind.RBRACKET, ",": Kind.COMMA, "/": Kind.SLASH}


def is_space(ch: str) -> bool:
    """A character the tokenizer skips: any Unicode space, and the invisible zero-width ones."""
    return ch.isspace() or ch in _INVISIBLE


def _name_end(source: str, i: int) -> int:
    match = _NAME.match(source, i)
    return match.end() if match else i + 1  # cannot fail: the first character starts a name


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens; NapError(EXPR_SYNTAX) on a character we do not know."""
    tokens: list[Token] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if is_space(ch):
            i += 1
            continue
        if ch in _DIGITS or (ch == "." and i + 1 < n and source[i + 1] in _DIGITS):
            match = _NUMBER.match(source, i)
            if match is None:  # cannot happen: the first character is an ASCII digit
                raise NapError(ErrorCode.EXPR_SYNTAX, pos=i, reason="bad number")
            tokens.append(Token(Kind.NUMBER, match.group(), i))
            i = match.end()
            continue
        if ch == ".":
            if i + 1 < n and source[i + 1] == ".":
                tokens.append(Token(Kind.PARENT, "..", i))
                i += 2
            else:
                tokens.append(Token(Kind.CURRENT, ".", i))
                i += 1
            continue
        if ch in "'\"":
            end = source.find(ch, i + 1)
            if end < 0:
                raise NapError(ErrorCode.EXPR_SYNTAX, pos=i, reason="string is never closed")
            tokens.append(Token(Kind.STRING, source[i + 1 : end], i))
            i = end + 1
            continue
        if ch == "$":
            match = REF_PATTERN.match(source, i)
            if not match:
                raise NapError(ErrorCode.EXPR_SYNTAX, pos=i, reason="expected ${name}")
            tokens.append(Token(Kind.REF, match.group(1), i))
            i = match.end()
            continue
        if ch in _NAME_START:
            end = _name_end(source, i)
            tokens.append(Token(Kind.NAME, source[i:end], i))
            i = end
            continue
        if ch in _SINGLE:
            tokens.append(Token(_SINGLE[ch], ch, i))
            i += 1
            continue
        for op in _OPS:
            if source.startswith(op, i):
                tokens.append(Token(Kind.OP, op, i))
                i += len(op)
                break
        else:
            raise NapError(ErrorCode.EXPR_SYNTAX, pos=i, reason=f"unexpected character {ch!r}")
    tokens.append(Token(Kind.END, "", n))
    return tokens
