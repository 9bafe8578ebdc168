"""The questionnaires shipped with napsurvey (``forms/*.yaml``).

:func:`shipped_catalog` loads each file once per (path, size, mtime) and
returns summaries for ``napsurvey forms list`` and the app's home page, plus
the files that did not load (so one broken file never hides the others).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import LoadedForm, load_form
from napsurvey.forms.model import Text
from napsurvey.paths import shipped_forms_dir

FORM_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class FormSummary:
    """What a list of forms shows about one form."""

    form_id: str
    version: str
    title: Text
    languages: tuple[str, ...]
    sensitivity: str
    path: Path | None = None

    def title_in(self, language: str | None = None) -> str:
        """The title in ``language``, else in the first language that has one."""
        if language and self.title.get(language):
            return self.title[language]
        for lang in self.languages:
            if self.title.get(lang):
                return self.title[lang]
        return next(iter(self.title.values()), self.form_id)

    @classmethod
    def of(cls, loaded: LoadedForm, path: Path | None = None) -> FormSummary:
        """Summarise a loaded form."""
        form = loaded.form
        return cls(
            form_id=form.form_id,
            version=form.version,
            title=dict(form.settings.form_title),
            languages=tuple(form.languages()),
            sensitivity=form.settings.sensitivity,
            path=path,
        )


@dataclass(frozen=True)
class Catalog:
    """The forms found in a folder, and the files that failed to load."""

    forms: list[FormSummary] = field(default_factory=list)
    broken: list[tuple[Path, NapError]] = field(default_factory=list)

    def get(self, form_id: str) -> FormSummary | None:
        """The summary of ``form_id`` (None if absent)."""
        return next((f for f in self.forms if f.form_id == form_id), None)


def form_files(folder: Path) -> list[Path]:
    """The form files directly in ``folder``, sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FORM_SUFFIXES and p.is_file())


@lru_cache(maxsize=64)
def _load_cached(path: str, size: int, mtime_ns: int) -> LoadedForm:
    # The stat values are part of the key: an edited file is loaded again.
    return load_form(path)


def load_cached(path: str | os.PathLike[str]) -> LoadedForm:
    """Load a form file, reusing the previous result while the file is unchanged."""
    resolved = Path(path)
    try:
        stat = resolved.stat()
    except FileNotFoundError:
        raise NapError(ErrorCode.FORM_NOT_FOUND, path=str(resolved)) from None
    except OSError as exc:
        raise NapError(ErrorCode.IO_ERROR, action="read", path=str(resolved), reason=exc.strerror or "error") from None
    return _load_cached(str(resolved), stat.st_size, stat.st_mtime_ns)


def catalog_of(folder: Path) -> Catalog:
    """Summaries of the forms in ``folder`` (sorted by id), and the files that failed."""
    forms: list[FormSummary] = []
    broken: list[tuple[Path, NapError]] = []
    for path in form_files(folder):
        try:
            forms.append(FormSummary.of(load_cached(path), path))
        except NapError as exc:
            broken.append((path, exc))
    forms.sort(key=lambda f: (f.form_id, f.version))
    return Catalog(forms=forms, broken=broken)


def shipped_catalog() -> Catalog:
    """The forms shipped with napsurvey."""
    return catalog_of(shipped_forms_dir())


def load_shipped(form_id: str) -> LoadedForm:
    """Load the shipped form ``form_id``; FORM_NOT_FOUND if there is none."""
    summary = shipped_catalog().get(form_id)
    if summary is None or summary.path is None:
        raise NapError(ErrorCode.FORM_NOT_FOUND, path=form_id)
    return load_cached(summary.path)
