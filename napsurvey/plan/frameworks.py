"""The framework codes a plan indicator may cite, shipped in ``resources/frameworks``.

The list (``wps_frameworks.yaml``) holds, per scheme (S/2010/498, GNWP,
SDG), the codes that were checked against a public source, each with its
title in English, French and Arabic and a note of where it was checked. A
plan citing a code that is not in the list is refused
(``PLAN_UNKNOWN_FRAMEWORK``): a scorecard must never print a reference that
does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.paths import resources_dir
from napsurvey.plan.model import Text, as_text, pick

FRAMEWORKS_FILE = "wps_frameworks.yaml"


@dataclass(frozen=True)
class FrameworkEntry:
    """One citable code."""

    scheme: str
    code: str
    title: Text
    level: str
    number: str | None
    pillar: str | None
    checked: str

    def citation(self, language: str) -> str:
        """How the scorecard prints it, e.g. ``S/2010/498 11(a)`` or ``SDG 5.5.1``."""
        if self.scheme == "S/2010/498" and self.number:
            return f"S/2010/498 {self.number}"
        if self.level in ("pillar", "cluster"):
            return f"{self.scheme}: {pick(self.title, language)}"
        if self.scheme == "SDG":
            return f"SDG {self.code}"
        return f"{self.scheme}: {pick(self.title, language)}"


@dataclass(frozen=True)
class Frameworks:
    """The shipped list: scheme titles and entries by (scheme, code)."""

    titles: dict[str, Text]
    entries: dict[tuple[str, str], FrameworkEntry]

    def get(self, scheme: str, code: str) -> FrameworkEntry | None:
        """The entry, or None when the code is not in the list."""
        return self.entries.get((scheme, code))

    def codes(self, scheme: str) -> list[str]:
        """The codes of one scheme, in list order."""
        return [code for (s, code) in self.entries if s == scheme]


@lru_cache(maxsize=1)
def shipped_frameworks() -> Frameworks:
    """The list shipped with napsurvey (``REPORT_FAILED``-free: a broken list is ``INTERNAL``)."""
    path = resources_dir() / "frameworks" / FRAMEWORKS_FILE
    try:
        data = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, NapError):
        raise NapError(ErrorCode.INTERNAL, kind="framework list missing or unreadable") from None
    titles: dict[str, Text] = {}
    entries: dict[tuple[str, str], FrameworkEntry] = {}
    for scheme, body in (data or {}).get("schemes", {}).items():
        titles[str(scheme)] = as_text(body.get("title"))
        for entry in body.get("entries", []):
            code = str(entry["code"])
            entries[(str(scheme), code)] = FrameworkEntry(
                scheme=str(scheme),
                code=code,
                title=as_text(entry.get("title")),
                level=str(entry.get("level", "indicator")),
                number=str(entry["number"]) if entry.get("number") else None,
                pillar=str(entry["pillar"]) if entry.get("pillar") else None,
                checked=str(entry.get("checked", "")),
            )
    return Frameworks(titles=titles, entries=entries)
