"""One problem found in a form file, as the linter and the loader report it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from napsurvey.errors import ErrorCode, NapError


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, so a problem stays one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass(frozen=True)
class Problem:
    """A coded problem at a place in a form file.

    ``location`` is a question name, ``survey row N`` (1-based position in the
    ``survey`` list) for rows without a usable name, or a block such as
    ``settings``, ``consent``, ``choices.yes_no`` or ``indicators[2]``.
    """

    file: str
    location: str
    code: ErrorCode
    message: str
    #: The message's parameters, so a front end can show it in its own language (not compared).
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def line(self) -> str:
        """``file: location: CODE: message`` on one line."""
        return f"{one_line(self.file)}: {one_line(self.location)}: {self.code.name}: {one_line(self.message)}"

    def __str__(self) -> str:
        return self.line()

    def error(self) -> NapError:
        """The problem as a :class:`NapError` (same code; the message names the file and place)."""
        err = NapError(self.code)
        err.message = one_line(f"{self.file}: {self.location}: {self.message}")
        err.args = (f"{self.code.name}: {err.message}",)
        err.params = {"file": self.file, "location": self.location}
        return err

    @classmethod
    def from_error(cls, file: str, location: str, exc: NapError) -> Problem:
        """Wrap a NapError raised while reading ``file``."""
        return cls(file, location, exc.code, exc.message, dict(exc.params))
