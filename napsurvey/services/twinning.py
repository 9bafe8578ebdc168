"""Twinning: two or more members side by side, from their own releases (hub).

Only members whose newest bundle says they agreed to be compared appear
(``HUB_NOT_SHARED`` otherwise). Every figure is exactly what that member
published; nothing is added up across members, so the report publishes
nothing new and needs no further protection.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from napsurvey.bundle import hub_store
from napsurvey.errors import ErrorCode, NapError
from napsurvey.progress import ProgressCallback
from napsurvey.reports.model import Paper
from napsurvey.reports.regional_model import Figure, MemberRow, TwinningInput, TwinningSection
from napsurvey.reports.twinning import build_twinning_report
from napsurvey.services.files import writable_file, write_plain
from napsurvey.services.hub_enrollment import DEFAULT_NAME, INDICATORS_SETTING, NAME_SETTING
from napsurvey.services.hub_outputs import Regional, answer_columns, figure_row, member_threshold, regional, table_labels
from napsurvey.services.hub_views import resolve_members
from napsurvey.services.session import Session
from napsurvey.tables.periods import months_of
from napsurvey.tables.regional import RegionalTable
from napsurvey.vault.repo.audit import log_event

__all__ = ["TwinningWritten", "twinning_input", "twinning_report_bytes", "write_twinning_report"]


def _common_codes(session: Session) -> dict[tuple[str, str], list[str]]:
    """(form_id, indicator) -> the codes of the hub kit's common indicator set that it measures."""
    out: dict[tuple[str, str], list[str]] = {}
    items = session.get_setting(INDICATORS_SETTING, [])
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            out.setdefault((str(item.get("form_id")), str(item.get("indicator"))), []).append(
                f"{item.get('scheme')} {item.get('code')}")
    return out


def _members(session: Session, names: list[str]) -> list[str]:
    ids = resolve_members(session, names)
    if len(ids) < 2:
        raise NapError(ErrorCode.HUB_TWINNING_MEMBERS)
    shared = hub_store.sharing(session.vault.connection)
    for member in ids:
        if member not in shared or not shared[member].twinning:
            raise NapError(ErrorCode.HUB_NOT_SHARED, member=names[ids.index(member)][:60])
    return ids


def _trend(out: Regional, tables: list[RegionalTable], ids: list[str]) -> list[MemberRow]:
    rows = []
    for table in tables:
        total = table.cell((None,) * len(table.dimensions))
        figures = []
        for member in ids:
            value = None if total is None else total.members.get(member)
            released = total is not None and member in total.members
            figures.append(Figure(value, below=member_threshold(out, member, table) if released and value is None else 0))
        rows.append(MemberRow(table.period, figures))
    return rows


def twinning_input(
    session: Session, members: list[str], *, today: str, language: str = "en", period: str | None = None,
    form_id: str | None = None, paper: Paper = "a4",
) -> TwinningInput:
    """What the twinning report of ``members`` (names or fingerprints) shows (hub)."""
    session.require_role("hub")
    ids = _members(session, members)
    out = regional(session, form_id=form_id, period=period)
    names = [out.names.get(m, m) for m in ids]
    codes = _common_codes(session)
    grouped: dict[tuple[str, str], list[RegionalTable]] = {}
    for table in out.tables:
        if any(m in table.members for m in ids):
            grouped.setdefault((table.form_id, table.indicator), []).append(table)
    if not grouped:
        raise NapError(ErrorCode.HUB_NOTHING_RELEASED)
    sections = []
    for (fid, indicator), tables in grouped.items():
        tables.sort(key=lambda t: months_of(t.period))
        # The newest period every member compared released, else the newest any of them did.
        both = [t for t in tables if all(m in t.members for m in ids)]
        newest = (both or tables)[-1]
        labels = table_labels(out, newest, language)
        columns, keys = answer_columns(newest, labels, language)
        rows = [figure_row(name, newest, keys, out, m) for m, name in zip(ids, names, strict=True)]
        sections.append(TwinningSection(
            title=labels.title, form_title=labels.form_title, source=labels.source,
            codes=list(dict.fromkeys([*codes.get((fid, indicator), []), *labels.codes])), period=newest.period,
            columns=columns, members=rows, trend_columns=names, trend=_trend(out, tables, ids), keys=list(keys)))
    name = session.get_setting(NAME_SETTING, None)
    return TwinningInput(language=language, generated=today, network=str(name or DEFAULT_NAME), members=names,
                         sections=sections, max_deviation=out.max_deviation, paper=paper)


def twinning_report_bytes(
    session: Session, members: list[str], *, today: str, language: str = "en", period: str | None = None,
    form_id: str | None = None, paper: Paper = "a4", progress: ProgressCallback | None = None,
) -> tuple[bytes, TwinningInput]:
    """The twinning report as PDF bytes (nothing written) (hub)."""
    if paper not in ("a4", "letter"):
        raise NapError(ErrorCode.REPORT_PAPER, paper=str(paper)[:20])
    report = twinning_input(session, members, today=today, language=language, period=period, form_id=form_id,
                            paper=paper)
    return build_twinning_report(report, progress), report


@dataclass(frozen=True)
class TwinningWritten:
    """What :func:`write_twinning_report` wrote."""

    path: Path
    members: list[str]
    sections: int
    size: int


def write_twinning_report(
    session: Session, out: Path, members: list[str], *, today: str, language: str = "en", period: str | None = None,
    form_id: str | None = None, paper: Paper = "a4", progress: ProgressCallback | None = None,
) -> TwinningWritten:
    """Make the twinning report in memory and write it atomically to ``out`` (hub)."""
    writable_file(out)
    data, report = twinning_report_bytes(session, members, today=today, language=language, period=period,
                                         form_id=form_id, paper=paper, progress=progress)
    write_plain(out, data)
    log_event(session.vault, "exported", f"twinning report, {len(report.members)} members, "
              f"{len(report.sections)} indicator(s)", data={"members": len(report.members)})
    return TwinningWritten(out, report.members, len(report.sections), len(data))
