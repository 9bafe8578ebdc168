"""The questionnaires shipped with the app, read for installation in a new vault."""

from __future__ import annotations

from pathlib import Path

from napsurvey.forms.model import Form
from napsurvey.paths import shipped_forms_dir
from napsurvey.vault.form_text import parse_form_text


def shipped_forms(folder: Path | None = None) -> list[tuple[Form, str]]:
    """``(form, yaml_text)`` for every ``*.yaml`` in the shipped folder, by file name.

    A shipped form that does not load raises its FORM_* error: that is a
    packaging fault and must stop set-up before anything is written.
    """
    folder = shipped_forms_dir() if folder is None else folder
    out: list[tuple[Form, str]] = []
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        out.append((parse_form_text(text, path.name), text))
    return out
