"""Coordinator outputs: disclosure-controlled tables (CSV, XLSX, JSON, DHIS2) and the PDF report.

Both front ends call these. Everything published goes through
:func:`napsurvey.tables.assemble.assemble` (and so through
``privacy.protect``); the coverage figures of the report are protected the
same way. Files are written atomically (temp file in the target folder,
fsync, rename, fsync of the folder); the PDF is made in memory first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from napsurvey.bundle import store
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.privacy.published import PublishedSet, PublishedTable
from napsurvey.progress import ProgressCallback
from napsurvey.reports.document import build_report
from napsurvey.reports.model import CoverageSummary, FormCoverage, Paper, ReportInput, ReportSection
from napsurvey.services.files import writable_file, write_plain
from napsurvey.services.session import Session
from napsurvey.tables.assemble import SourceCell, Thresholds, assemble
from napsurvey.tables.coverage import coverage_table
from napsurvey.tables.csv_writer import to_csv
from napsurvey.tables.dhis2 import Dhis2Result, read_mapping, to_dhis2
from napsurvey.tables.formats import FORMATS
from napsurvey.tables.json_writer import to_json
from napsurvey.tables.labels import TableLabels, label_table
from napsurvey.tables.periods import PeriodRange, parse_period_range
from napsurvey.tables.xlsx_writer import to_xlsx
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.form_text import parse_form_text
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.repo.forms import active_form_texts

MAX_MAPPING_BYTES = 4 * 1024 * 1024


# --- what the coordinator has --------------------------------------------------------


def _coordinator_forms(vault: OpenVault) -> dict[str, Form]:
    """form_id -> the form as the newest kit carried it (else the active installed form)."""
    forms: dict[str, Form] = {}
    kit_texts = [t for kit in store.issued_kits(vault.connection) for t in kit.forms]
    for text in [*reversed(kit_texts), *active_form_texts(vault)]:
        form = parse_form_text(text)
        forms.setdefault(form.form_id, form)
    return forms


def thresholds(session: Session) -> Thresholds:
    """The disclosure thresholds of the newest kit (defaults 10 and 20 before any kit)."""
    return _thresholds(session.require_role("coordinator"))


def _thresholds(vault: OpenVault) -> Thresholds:
    kits = store.issued_kits(vault.connection)
    if not kits:
        return Thresholds()
    disclosure = kits[-1].disclosure
    return Thresholds(normal=disclosure.threshold, high=disclosure.threshold_high)


def _source_cells(vault: OpenVault) -> Iterator[SourceCell]:
    for cell in store.imported_cells(vault.connection):
        yield SourceCell(*cell)


@dataclass(frozen=True)
class IndicatorInfo:
    """An indicator the coordinator can browse."""

    form_id: str
    form_title: str
    indicator: str
    title: str
    period: str
    high: bool


def indicators(session: Session, language: str = "en") -> list[IndicatorInfo]:
    """Every declared indicator of the coordinator's forms, by form."""
    vault = session.require_role("coordinator")
    out: list[IndicatorInfo] = []
    for form_id, form in sorted(_coordinator_forms(vault).items()):
        for ind in form.indicators:
            out.append(IndicatorInfo(form_id, form.text(form.settings.form_title, language), ind.name,
                                     form.text(ind.label, language), ind.period, form.is_high))
    return out


@dataclass
class Outputs:
    """Published tables with their labels in one language."""

    published: PublishedSet
    labels: list[TableLabels]
    forms: dict[str, Form]
    language: str
    period: PeriodRange | None


def _period(period: str | PeriodRange | None) -> PeriodRange | None:
    if period is None or isinstance(period, PeriodRange):
        return period
    return parse_period_range(period) if period.strip() else None


def published_tables(
    session: Session,
    *,
    form_id: str | None = None,
    period: str | PeriodRange | None = None,
    language: str = "en",
    indicator: str | None = None,
    progress: ProgressCallback | None = None,
) -> Outputs:
    """Assemble and protect every indicator with data (optionally one form, one indicator, a period range)."""
    vault = session.require_role("coordinator")
    span = _period(period)
    forms = _coordinator_forms(vault)
    # One indicator is still protected with the whole form: linked tables must
    # show the same suppression whichever of them is looked at.
    published = assemble(_source_cells(vault), forms, _thresholds(vault), form_id=form_id, period=span,
                         progress=progress)
    if indicator is not None:
        kept = [t for t in published.tables if t.indicator == indicator and (form_id is None or t.form_id == form_id)]
        if not kept:
            raise NapError(ErrorCode.TABLES_NO_DATA)
        published = PublishedSet(threshold=min(t.threshold for t in kept), tables=kept)
    labels = [label_table(t, forms[t.form_id], language) for t in published.tables]
    return Outputs(published, labels, forms, language, span)


# --- tables ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TablesWritten:
    """What ``write_tables`` wrote."""

    path: Path
    format: str
    tables: int
    suppressed: int
    dhis2: Dhis2Result | None = None


def read_mapping_file(path: Path) -> bytes:
    """The bytes of a DHIS2 mapping file (``TABLES_DHIS2_MAPPING`` if unreadable)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_MAPPING_BYTES + 1)
    except OSError as exc:
        raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=str(path), reason=exc.strerror or "cannot be read") from None
    if len(data) > MAX_MAPPING_BYTES:
        raise NapError(ErrorCode.TABLES_DHIS2_MAPPING, path=str(path), reason="the file is too large")
    return data


def render_tables(outputs: Outputs, fmt: str, *, today: str, mapping: Path | None = None) -> tuple[bytes, Dhis2Result | None]:
    """The bytes of one table format (no file written)."""
    if fmt == "csv":
        return to_csv(outputs.published, outputs.labels, outputs.language), None
    if fmt == "xlsx":
        return to_xlsx(outputs.published, outputs.labels, outputs.language, generated=today,
                       period=str(outputs.period or "")), None
    if fmt == "json":
        return to_json(outputs.published), None
    if fmt == "dhis2":
        if mapping is None:
            raise NapError(ErrorCode.TABLES_DHIS2_NO_MAPPING)
        spec = read_mapping(read_mapping_file(mapping), str(mapping))
        defaults = {i.name: i.dhis2 for f in outputs.forms.values() for i in f.indicators if i.dhis2}
        result = to_dhis2(outputs.published, spec, default_elements=defaults, path=str(mapping))
        return result.to_bytes(), result
    raise NapError(ErrorCode.TABLES_FORMAT, format=fmt[:20])


def write_tables(
    session: Session,
    out: Path,
    fmt: str,
    *,
    today: str,
    form_id: str | None = None,
    period: str | None = None,
    language: str = "en",
    mapping: Path | None = None,
    progress: ProgressCallback | None = None,
) -> TablesWritten:
    """Write disclosure-controlled tables to ``out`` in ``fmt`` (csv, xlsx, json, dhis2), atomically."""
    if fmt not in FORMATS:
        raise NapError(ErrorCode.TABLES_FORMAT, format=fmt[:20])
    writable_file(out)
    if fmt == "dhis2" and mapping is None:
        raise NapError(ErrorCode.TABLES_DHIS2_NO_MAPPING)
    outputs = published_tables(session, form_id=form_id, period=period, language=language, progress=progress)
    data, dhis2 = render_tables(outputs, fmt, today=today, mapping=mapping)
    write_plain(out, data)
    log_event(session.vault, "exported", f"{fmt} tables, {len(outputs.published.tables)} indicator(s)")
    suppressed = sum(t.suppressed_count for t in outputs.published.tables)
    return TablesWritten(out, fmt, len(outputs.published.tables), suppressed, dhis2)


# --- report ---------------------------------------------------------------------------


def _coverage_summary(vault: OpenVault, forms: dict[str, Form], limits: Thresholds, language: str,
                      span: PeriodRange | None, indicator_tables: Sequence[PublishedTable]) -> CoverageSummary:
    """Devices, bundles, gaps and protected interview counts per form and period.

    The interview counts never publish a period total that one of
    ``indicator_tables`` hides (see :mod:`napsurvey.tables.coverage`).
    """
    conn = vault.connection
    bundles = store.imported_bundles(conn)
    missing = store.missing_sequences(conn)
    days = sorted(b.created_day for b in bundles)
    per_form: dict[str, dict[str, int]] = {}
    for form_id, month, n in store.interviews_per_month(conn):
        if form_id in forms and n > 0:
            per_form.setdefault(form_id, {})[month] = n
    covered: list[FormCoverage] = []
    for form_id, months in sorted(per_form.items()):
        form = forms[form_id]
        table = coverage_table(form, months, indicator_tables, limits.for_form(form), span)
        if table is not None:
            covered.append(FormCoverage(form.text(form.settings.form_title, language), table, form.is_high))
    return CoverageSummary(
        devices=len(store.devices(conn)),
        devices_reporting=len({b.device_id for b in bundles}),
        bundles=len(bundles),
        missing_bundles=sum(len(v) for v in missing.values()),
        devices_with_gaps=len(missing),
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        forms=covered,
    )


@dataclass(frozen=True)
class ReportWritten:
    """What ``write_report`` wrote."""

    path: Path
    indicators: int
    suppressed: int
    size: int


def report_bytes(
    session: Session,
    *,
    today: str,
    language: str = "en",
    period: str | None = None,
    paper: Paper = "a4",
    form_id: str | None = None,
    organisation: str = "",
    progress: ProgressCallback | None = None,
) -> tuple[bytes, Outputs]:
    """The PDF report as bytes (nothing written)."""
    if paper not in ("a4", "letter"):
        raise NapError(ErrorCode.REPORT_PAPER, paper=str(paper)[:20])
    outputs = published_tables(session, form_id=form_id, period=period, language=language)
    vault = session.vault
    limits = _thresholds(vault)
    coverage = _coverage_summary(vault, outputs.forms, limits, language, outputs.period, outputs.published.tables)
    report = ReportInput(
        language=language,
        generated=today,
        period=str(outputs.period or ""),
        coverage=coverage,
        sections=[ReportSection(t, lab) for t, lab in zip(outputs.published.tables, outputs.labels, strict=True)],
        thresholds=sorted({t.threshold for t in outputs.published.tables}),
        organisation=organisation,
        paper=paper,
    )
    return build_report(report, progress), outputs


def write_report(
    session: Session,
    out: Path,
    *,
    today: str,
    language: str = "en",
    period: str | None = None,
    paper: Paper = "a4",
    form_id: str | None = None,
    progress: ProgressCallback | None = None,
) -> ReportWritten:
    """Make the PDF report in memory and write it atomically to ``out``."""
    writable_file(out)
    data, outputs = report_bytes(session, today=today, language=language, period=period, paper=paper,
                                 form_id=form_id, progress=progress)
    write_plain(out, data)
    log_event(session.vault, "exported", f"report, {len(outputs.published.tables)} indicator(s)")
    suppressed = sum(t.suppressed_count for t in outputs.published.tables)
    return ReportWritten(out, len(outputs.published.tables), suppressed, len(data))
