"""Coordinator outputs: tables (CSV, XLSX, JSON, DHIS2) and the PDF report, as views of releases.

Both front ends call these. Every figure comes from stored releases
(:func:`napsurvey.services.releases.resolve`): one released period or a range
of them, each at its newest edition, perturbed by the cell-key method
(:mod:`napsurvey.tables.release_tables`). The same release always gives the
same figures. Every file written is recorded in the publication ledger.
Files are written atomically (temp file in the target folder, fsync, rename,
fsync of the folder); the PDF is made in memory first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from napsurvey.bundle import store
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.privacy.published import Protection, PublishedSet, PublishedTable
from napsurvey.progress import ProgressCallback
from napsurvey.reports.model import CoverageSummary, FormCoverage, Paper, ReportInput, ReportSection
from napsurvey.services.files import writable_file, write_plain
from napsurvey.services.releases import KitRules, Resolved, coordinator_forms, kit_rules, record_publication, resolve
from napsurvey.services.session import Session
from napsurvey.tables.csv_writer import to_csv
from napsurvey.tables.dhis2 import Dhis2Result, read_mapping, to_dhis2
from napsurvey.tables.formats import FORMATS
from napsurvey.tables.json_writer import to_json
from napsurvey.tables.labels import TableLabels, label_table, period_label
from napsurvey.tables.release_tables import coverage_table, indicator_table
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.repo.audit import log_event

MAX_MAPPING_BYTES = 4 * 1024 * 1024


# --- what the coordinator has --------------------------------------------------------


def thresholds(session: Session) -> KitRules:
    """The disclosure rules of the newest kit (defaults 10 and 20, 30 days of grace, before any kit)."""
    return kit_rules(session)


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
    out: list[IndicatorInfo] = []
    for form_id, form in sorted(coordinator_forms(session).items()):
        for ind in form.indicators:
            out.append(IndicatorInfo(form_id, form.text(form.settings.form_title, language), ind.name,
                                     form.text(ind.label, language), ind.period, form.is_high))
    return out


@dataclass
class Outputs:
    """Published tables with their labels in one language, and the releases they show."""

    published: PublishedSet
    labels: list[TableLabels]
    forms: dict[str, Form]
    language: str
    #: the period range asked for ("" for every released period)
    period: str


def _published(resolved: Resolved, indicator: str | None, progress: ProgressCallback | None) -> PublishedSet:
    todo = [(fid, ind) for fid, form in sorted(resolved.forms.items()) for ind in form.indicators
            if indicator is None or ind.name == indicator]
    if not todo:
        raise NapError(ErrorCode.TABLES_NO_DATA)
    tables: list[PublishedTable] = []
    for done, (fid, ind) in enumerate(todo, start=1):
        tables.append(indicator_table(resolved.forms[fid], ind, resolved.releases[fid], resolved.table))
        if progress is not None:
            progress(done, len(todo))
    coverage = [coverage_table(resolved.forms[fid], resolved.releases[fid], resolved.table)
                for fid in sorted(resolved.forms) if any(t.form_id == fid for t in tables)]
    threshold = max(t.threshold for t in [*tables, *coverage])
    return PublishedSet(threshold=threshold, tables=tables, coverage=coverage, releases=resolved.refs,
                        protection=Protection(max_deviation=resolved.table.max_deviation, threshold=threshold))


def published_tables(
    session: Session,
    *,
    form_id: str | None = None,
    period: str | None = None,
    language: str = "en",
    indicator: str | None = None,
    progress: ProgressCallback | None = None,
) -> Outputs:
    """The protected tables of one released period or a range of them (optionally one form, one indicator).

    ``period`` None: every released period. Refusals: ``TABLES_PERIOD``,
    ``RELEASE_NOT_RELEASED`` (names what can be published),
    ``VAULT_FORM_NOT_INSTALLED``, ``TABLES_NO_DATA``.
    """
    resolved = resolve(session, form_id=form_id, period=period)
    published = _published(resolved, indicator, progress)
    labels = [label_table(t, resolved.forms[t.form_id], language) for t in published.tables]
    return Outputs(published, labels, resolved.forms, language, resolved.period_label)


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


def render_tables(outputs: Outputs, fmt: str, *, today: str, mapping: Path | None = None,
                  known_indicators: set[str] | None = None) -> tuple[bytes, Dhis2Result | None]:
    """The bytes of one table format (no file written)."""
    if fmt == "csv":
        return to_csv(outputs.published, outputs.labels, outputs.language), None
    if fmt == "xlsx":
        from napsurvey.tables.xlsx_writer import to_xlsx  # noqa: PLC0415 - openpyxl, only for XLSX

        return to_xlsx(outputs.published, outputs.labels, outputs.language, generated=today,
                       period=outputs.period), None
    if fmt == "json":
        return to_json(outputs.published), None
    if fmt == "dhis2":
        if mapping is None:
            raise NapError(ErrorCode.TABLES_DHIS2_NO_MAPPING)
        spec = read_mapping(read_mapping_file(mapping), str(mapping))
        defaults = {i.name: i.dhis2 for f in outputs.forms.values() for i in f.indicators if i.dhis2}
        result = to_dhis2(outputs.published, spec, default_elements=defaults, path=str(mapping),
                          known_indicators=known_indicators)
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
    known = {i.name for f in coordinator_forms(session).values() for i in f.indicators}
    data, dhis2 = render_tables(outputs, fmt, today=today, mapping=mapping, known_indicators=known)
    write_plain(out, data)
    vault = session.vault
    count = len(outputs.published.tables)
    with vault.transaction():
        log_event(vault, "output_written", f"{fmt} tables, {count} indicator(s)", data={"kind": fmt, "indicators": count})
        record_publication(session, today, f"tables {fmt}", outputs.published.releases, f"{count} table(s)")
    suppressed = sum(t.suppressed_count for t in outputs.published.tables)
    return TablesWritten(out, fmt, len(outputs.published.tables), suppressed, dhis2)


# --- report ---------------------------------------------------------------------------


def _coverage_summary(vault: OpenVault, outputs: Outputs) -> CoverageSummary:
    """Devices, bundles and gaps, and the protected interviews per form and released period."""
    conn = vault.connection
    bundles = store.imported_bundles(conn)
    missing = store.missing_sequences(conn)
    days = sorted(b.created_day for b in bundles)
    covered = []
    for t in outputs.published.coverage:
        form = outputs.forms[t.form_id]
        labels = {c.key["period"]: period_label(c.key["period"], outputs.language) for c in t.cells if c.key}
        covered.append(FormCoverage(form.text(form.settings.form_title, outputs.language), t, form.is_high, labels))
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
    coverage = _coverage_summary(session.vault, outputs)
    report = ReportInput(
        language=language,
        generated=today,
        period=outputs.period,
        coverage=coverage,
        sections=[ReportSection(t, lab) for t, lab in zip(outputs.published.tables, outputs.labels, strict=True)],
        thresholds=sorted({t.threshold for t in outputs.published.tables}),
        max_deviation=outputs.published.protection.max_deviation if outputs.published.protection else 5,
        organisation=organisation,
        paper=paper,
    )
    from napsurvey.reports.document import build_report  # noqa: PLC0415 - reportlab, only for the report

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
    vault = session.vault
    count = len(outputs.published.tables)
    with vault.transaction():
        log_event(vault, "output_written", f"report, {count} indicator(s)", data={"kind": "report", "indicators": count})
        record_publication(session, today, f"report {language}", outputs.published.releases, f"{count} indicator(s)")
    suppressed = sum(t.suppressed_count for t in outputs.published.tables)
    return ReportWritten(out, len(outputs.published.tables), suppressed, len(data))
