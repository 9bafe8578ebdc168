"""Reading a form stored in the vault (YAML text) back into a model."""

from __future__ import annotations

import re
from functools import lru_cache

from napsurvey.forms.model import Form


@lru_cache(maxsize=32)
def parse_form_text(text: str, source: str = "<vault>") -> Form:
    """Parse and lint ``text``; raises the first FORM_* problem as a NapError.

    Cached by text: callers must not mutate the returned model.
    """
    from napsurvey.forms.loader import load_form_text  # noqa: PLC0415  (loader imports the linter; load lazily)

    return load_form_text(text, source).form


_PART = re.compile(r"[0-9]+|[A-Za-z]+")


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for form versions: ``2026.2 < 2026.10``; letters sort after numbers."""
    return tuple((0, int(p)) if p.isdigit() else (1, p.lower()) for p in _PART.findall(version))
