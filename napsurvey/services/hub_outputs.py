"""The hub's outputs: regional tables (JSON, CSV) and the printed regional report.

Everything here is built from the members' newest release editions
(:mod:`napsurvey.tables.regional`); a figure is a member's published value,
a sum of them, or — where raw counts were pooled — a figure protected again
with the members' own cell-key table. Questionnaires for the labels come
from the hub's own forms (the common ones its kit carries) and from those
its members sent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from napsurvey.bundle import hub_store, store
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import load_form_text
from napsurvey.forms.model import Form
from napsurvey.privacy.ptable import PerturbationTable
from napsurvey.progress import ProgressCallback
from napsurvey.reports.model import Paper
from napsurvey.reports.regional import build_regional_report, figure_text
from napsurvey.reports.regional_model import (
    Breakdown,
    CoverageGrid,
    Figure,
    MemberRow,
    RegionalReportInput,
    RegionalSection,
)
from napsurvey.reports.regional_texts import text
from napsurvey.services.files import writable_file, write_plain
from napsurvey.services.hub_enrollment import DEFAULT_NAME, NAME_SETTING, RULES_SETTING
from napsurvey.services.hub_views import gaps, member_label
from napsurvey.services.session import Session
from napsurvey.settings import DEFAULT_THRESHOLD
from napsurvey.tables import regional_json
from napsurvey.tables.labels import word
from napsurvey.tables.periods import months_of, parse_period_range
from napsurvey.tables.regional import CellKey, MemberRelease, Pooling, RegionalTable, regional_tables
from napsurvey.tables.regional_labels import RegionalLabels, label_regional
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.repo.forms import active_form_texts
from napsurvey.vault.repo.settings import get_setting

#: The formats the hub writes its regional tables in.
HUB_FORMATS = ("json", "csv")


@dataclass
class Regional:
    """The regional tables of one output, with what labels and names them."""

    tables: list[RegionalTable]
    names: dict[str, str]
    forms: dict[str, Form]
    releases: list[MemberRelease]
    max_deviation: int
    pooled_threshold: int | None
    #: (member, form, period) -> the threshold that member's release shows its figures from
    thresholds: dict[tuple[str, str, str], int] = field(default_factory=dict)


def _forms(vault: OpenVault) -> dict[str, Form]:
    """form_id -> the questionnaire that labels it: the hub's own first, else the newest a member sent."""
    out: dict[str, Form] = {}
    for text_ in active_form_texts(vault):
        form = load_form_text(text_, "form").form
        out.setdefault(form.form_id, form)
    for form_id, _version, text_ in reversed(hub_store.member_forms(vault.connection)):
        if form_id not in out:
            out[form_id] = load_form_text(text_, "form").form
    return out


def _pooling(vault: OpenVault) -> dict[str, Pooling]:
    """The forms whose raw counts the hub pools, and how: with the perturbation table its members share.

    The hub pools a form's raw tallies when its kit asks for them. The pool
    is perturbed with the members' own table (the one most of the members who
    sent raw tallies use); members with another table are summed, not pooled.
    """
    rules = get_setting(vault, RULES_SETTING, None)
    if not isinstance(rules, dict) or not rules.get("raw_requests"):
        return {}
    tables = hub_store.perturbation_tables(vault.connection)
    used: dict[str, dict[str, int]] = {}
    for stored in hub_store.newest_editions(vault.connection):
        r = stored.release
        if r.form_id in rules["raw_requests"] and r.protection.table_id in tables and any(t.has_raw for t in r.tables):
            counts = used.setdefault(r.form_id, {})
            counts[r.protection.table_id] = counts.get(r.protection.table_id, 0) + 1
    out = {}
    for form_id, counts in used.items():
        chosen = min(counts, key=lambda t: (-counts[t], t))
        table = PerturbationTable.from_json(tables[chosen])
        out[form_id] = Pooling(table_id=chosen, max_deviation=table.max_deviation,
                               threshold=int(rules.get("threshold", DEFAULT_THRESHOLD)), published=table.published)
    return out


def _in_period(period: str, span: str | None) -> bool:
    if not span:
        return True
    wanted = parse_period_range(span)
    return wanted.contains(period)


def regional(session: Session, *, form_id: str | None = None, period: str | None = None) -> Regional:
    """The regional tables of the members' newest editions (of one form, within a period range) (hub)."""
    vault = session.require_role("hub")
    conn = vault.connection
    if period:
        parse_period_range(period)  # TABLES_PERIOD before any work
    names = {d.device_id: member_label({d.device_id: d.label}, d.device_id) for d in store.devices(conn)}
    pooling = _pooling(vault)
    releases = [
        MemberRelease(s.member_id, s.release, poolable=s.release.form_id in pooling)
        for s in sorted(hub_store.newest_editions(conn), key=lambda s: (names.get(s.member_id, ""), s.member_id))
        if (form_id is None or s.release.form_id == form_id) and _in_period(s.release.period, period)
    ]
    if not releases:
        raise NapError(ErrorCode.HUB_NOTHING_RELEASED)
    tables = regional_tables(releases, pooling=pooling)
    deviations = {r.release.protection.max_deviation for r in releases}
    pooled = {p.threshold for p in pooling.values()}
    thresholds = {(r.member_id, r.release.form_id, r.release.period): r.release.protection.threshold for r in releases}
    return Regional(tables, names, _forms(vault), releases, max(deviations), max(pooled) if pooled else None,
                    thresholds)


# --- tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionalWritten:
    """What an output wrote."""

    path: Path
    tables: int
    pages: int = 0


def regional_csv(out: Regional, language: str) -> bytes:
    """Every regional cell, one row per member and the region, labels in ``language``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Questionnaire", "Indicator", "Period", "Answer", "Breakdown", "Member", "Figure"])
    region = text(language, "region")
    for table in out.tables:
        labels = table_labels(out, table, language)
        for cell in table.cells:
            answer, breakdown = _key_labels(table, cell.key, labels, language)
            writer.writerow([labels.form_title, labels.title, table.period, answer, breakdown, region,
                             figure_text(_figure(cell.value, cell.at_least, _below(out, table)))])
            for member, value in cell.members.items():
                writer.writerow([labels.form_title, labels.title, table.period, answer, breakdown,
                                 out.names.get(member, member), figure_text(_figure(value, False,
                                                                                    member_threshold(out, member, table)))])
    writer.writerow([])
    writer.writerow([text(language, "legend")])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_regional_tables(
    session: Session, out: Path, fmt: str, *, today: str, form_id: str | None = None, period: str | None = None,
    language: str = "en",
) -> RegionalWritten:
    """Write the regional tables to ``out`` as JSON (codes) or CSV (labels), atomically (hub)."""
    if fmt not in HUB_FORMATS:
        raise NapError(ErrorCode.TABLES_FORMAT, format=fmt[:20])
    writable_file(out)
    data = regional(session, form_id=form_id, period=period)
    if fmt == "json":
        body = regional_json.to_json(data.tables, names=data.names, max_deviation=data.max_deviation,
                                     pooled_threshold=data.pooled_threshold)
    else:
        body = regional_csv(data, language)
    write_plain(out, body)
    log_event(session.vault, "exported", f"regional {fmt} tables, {len(data.tables)} table(s)")
    return RegionalWritten(out, len(data.tables))


# --- report ------------------------------------------------------------------------------------


def table_labels(out: Regional, table: RegionalTable, language: str) -> RegionalLabels:
    """The labels of one regional table in ``language``."""
    return label_regional(out.forms.get(table.form_id), table.form_id, table.indicator, table.dimensions, language)


def _key_labels(table: RegionalTable, key: CellKey, labels: RegionalLabels, language: str) -> tuple[str, str]:
    answer = labels.value(table.dimensions[0], key[0])
    parts = [f"{labels.dimension_titles.get(d, d)}: {labels.value(d, v)}"
             for d, v in zip(table.dimensions[1:], key[1:], strict=True) if v is not None]
    return answer, "; ".join(parts) or word("total", language)


def member_threshold(out: Regional, member: str, table: RegionalTable) -> int:
    """The threshold ``member``'s release of this table shows its figures from (0: not released)."""
    return out.thresholds.get((member, table.form_id, table.period), 0)


def _below(out: Regional, table: RegionalTable) -> int:
    thresholds = [member_threshold(out, m, table) for m in table.members]
    if out.pooled_threshold and table.pooled_members:
        thresholds.append(out.pooled_threshold)
    return max(thresholds, default=0)


def _figure(value: int | None, at_least: bool, below: int) -> Figure:
    return Figure(value=value, at_least=at_least, below=below if value is None else 0)


def answer_columns(table: RegionalTable, labels: RegionalLabels, language: str) -> tuple[list[str], list[CellKey]]:
    """The answer columns and the total: the keys of the answer margin over every other dimension."""
    width = len(table.dimensions)
    keys = [c.key for c in table.cells if c.key[0] is not None and all(k is None for k in c.key[1:])]
    total = (None,) * width
    return ([labels.value(table.dimensions[0], k[0]) for k in keys] + [word("total", language)], [*keys, total])


def figure_row(name: str, table: RegionalTable, keys: Sequence[CellKey], out: Regional, member: str | None) -> MemberRow:
    """A row of figures at ``keys``: the region's (``member`` None) or one member's own published values."""
    figures = []
    for key in keys:
        cell = table.cell(tuple(key))
        if cell is None:
            figures.append(Figure(None))
        elif member is None:
            figures.append(_figure(cell.value, cell.at_least, _below(out, table)))
        elif member in cell.members:
            figures.append(_figure(cell.members[member], False, member_threshold(out, member, table)))
        else:
            figures.append(Figure(None))
    return MemberRow(name, figures)


def _sections(out: Regional, language: str) -> list[RegionalSection]:
    grouped: dict[tuple[str, str], list[RegionalTable]] = {}
    for table in out.tables:
        grouped.setdefault((table.form_id, table.indicator), []).append(table)
    sections = []
    region = text(language, "region")
    for (_form_id, _indicator), tables in grouped.items():
        tables.sort(key=lambda t: months_of(t.period))
        newest = tables[-1]
        labels = table_labels(out, newest, language)
        columns, keys = answer_columns(newest, labels, language)
        trend = [figure_row(t.period, t, keys, out, None) for t in tables]
        members = [figure_row(region, newest, keys, out, None),
                   *(figure_row(out.names.get(m, m), newest, keys, out, m) for m in newest.members)]
        breakdowns = []
        for axis, dim in enumerate(newest.dimensions[1:], start=1):
            values = [c.key[axis] for c in newest.cells
                      if c.key[axis] is not None and all(k is None for i, k in enumerate(c.key) if i not in (0, axis))
                      and c.key[0] is None]
            rows = []
            for value in values:
                row_keys = [tuple(value if i == axis else (k[0] if i == 0 else None) for i in range(len(k)))
                            for k in keys]
                rows.append(figure_row(labels.value(dim, value), newest, row_keys, out, None))
            if rows:
                breakdowns.append(Breakdown(labels.dimension_titles.get(dim, dim), rows))
        sections.append(RegionalSection(
            title=labels.title, form_title=labels.form_title, source=labels.source, codes=labels.codes,
            columns=columns, trend=trend, period=newest.period, members=members, breakdowns=breakdowns,
            pooled_members=[out.names.get(m, m) for m in newest.pooled_members],
            apart=[out.names.get(m, m) for m in newest.incompatible]))
    return sections


def _coverage(out: Regional, language: str) -> list[CoverageGrid]:
    grids = []
    by_form: dict[str, list[MemberRelease]] = {}
    for r in out.releases:
        by_form.setdefault(r.release.form_id, []).append(r)
    for form_id, releases in sorted(by_form.items()):
        periods = sorted({r.release.period for r in releases}, key=months_of)
        members = list(dict.fromkeys(r.member_id for r in releases))
        rows = []
        for member in members:
            mine = {r.release.period: r.release for r in releases if r.member_id == member}
            figures = []
            for p in periods:
                rel = mine.get(p)
                if rel is None:
                    figures.append(Figure(None))
                else:
                    note = f"e{rel.edition}" if rel.edition > 1 else ""
                    figures.append(Figure(rel.interviews, below=rel.protection.threshold if rel.interviews is None
                                          else 0, note=note))
            rows.append(MemberRow(out.names.get(member, member), figures))
        form = out.forms.get(form_id)
        title = form.text(form.settings.form_title, language) or form_id if form is not None else form_id
        grids.append(CoverageGrid(title, periods, rows))
    return grids


def regional_report_bytes(
    session: Session, *, today: str, language: str = "en", period: str | None = None, form_id: str | None = None,
    paper: Paper = "a4", progress: ProgressCallback | None = None,
) -> tuple[bytes, Regional]:
    """The regional report as PDF bytes (nothing written) (hub)."""
    if paper not in ("a4", "letter"):
        raise NapError(ErrorCode.REPORT_PAPER, paper=str(paper)[:20])
    out = regional(session, form_id=form_id, period=period)
    name = session.get_setting(NAME_SETTING, None)
    members = [out.names.get(m, m) for m in dict.fromkeys(r.member_id for r in out.releases)]
    report = RegionalReportInput(
        language=language, generated=today, period=period or "", network=str(name or DEFAULT_NAME),
        members=members, coverage=_coverage(out, language), gaps=gaps(session), sections=_sections(out, language),
        max_deviation=out.max_deviation, pooled_threshold=out.pooled_threshold, paper=paper,
    )
    return build_regional_report(report, progress), out


@dataclass(frozen=True)
class ReportWritten:
    """What :func:`write_regional_report` wrote."""

    path: Path
    tables: int
    sections: int
    size: int


def write_regional_report(
    session: Session, out: Path, *, today: str, language: str = "en", period: str | None = None,
    form_id: str | None = None, paper: Paper = "a4", progress: ProgressCallback | None = None,
) -> ReportWritten:
    """Make the regional report in memory and write it atomically to ``out`` (hub)."""
    writable_file(out)
    data, regional_out = regional_report_bytes(session, today=today, language=language, period=period,
                                               form_id=form_id, paper=paper, progress=progress)
    write_plain(out, data)
    sections = len({(t.form_id, t.indicator) for t in regional_out.tables})
    log_event(session.vault, "exported", f"regional report, {sections} indicator(s)")
    return ReportWritten(out, len(regional_out.tables), sections, len(data))
