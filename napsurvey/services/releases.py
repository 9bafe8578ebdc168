"""Releases: protect and record one closed period of one form; the publication ledger (coordinator).

DESIGN section 6. Figures leave the coordinator only as views of releases.
:func:`release` makes edition 1 of a form's period once the period has
closed (its end plus the kit's grace, 30 days by default), or the next
edition when bundles imported since change it (a late bundle). A release
stores the tallies (count and key sum) it was made from, the form text and
the parameters, so it always gives the same figures; every output is
computed from stored releases (:func:`resolve`), never from the imported
counts directly.

The perturbation table is made once per coordinator vault and kept in it
(:func:`perturbation_table`): two tables would give the same records two
values. Counts imported from format-1 bundles carry no key sum; the release
gives each such bundle cell a key derived from a secret kept in the vault
(HMAC-SHA-256), uniform and unknown outside it. Their records are then
consistent within one indicator's cells, not across indicators: the same
people counted by two questions may get two values. Bundles of format 2
carry each record's key and do not have this limit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from napsurvey.bundle import store
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.domain import release_kind
from napsurvey.forms.model import Form
from napsurvey.privacy.cellkey import Tally
from napsurvey.privacy.ptable import DEFAULT_PARAMETERS, PerturbationTable, build_table
from napsurvey.privacy.published import ReleaseRef
from napsurvey.services.session import Session
from napsurvey.settings import DEFAULT_GRACE_DAYS, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_HIGH, RECORD_KEY_SPACE
from napsurvey.tables.periods import (
    PeriodRange,
    closing_day,
    example_of,
    parse_period_range,
    period_code,
    sub_periods,
)
from napsurvey.tables.release_tables import (
    INTERVIEWS,
    ReleaseTallies,
    coverage_table,
    empty,
    release_tallies_from_imported,
)
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.form_text import parse_form_text
from napsurvey.vault.repo import releases as repo
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.repo.forms import active_form_texts
from napsurvey.vault.repo.settings import get_setting, put_setting

__all__ = [
    "Publication",
    "ReleaseInfo",
    "Resolved",
    "coordinator_forms",
    "perturbation_table",
    "publications",
    "publishable_periods",
    "release",
    "releases",
    "resolve",
]

Publication = repo.Publication

TABLE_SETTING = "cellkey_table"
LEGACY_SECRET_SETTING = "cellkey_legacy_secret"


# --- what the coordinator has ---------------------------------------------------------------


def _form_texts(vault: OpenVault) -> dict[str, str]:
    """form_id -> the form text as the newest kit carried it (else the active installed form)."""
    out: dict[str, str] = {}
    kit_texts = [t for kit in store.issued_kits(vault.connection) for t in kit.forms]
    for text in [*reversed(kit_texts), *active_form_texts(vault)]:
        form = parse_form_text(text)
        out.setdefault(form.form_id, text)
    return out


def coordinator_forms(session: Session) -> dict[str, Form]:
    """form_id -> the form as the newest kit carried it (else the active installed form)."""
    return {fid: parse_form_text(text) for fid, text in _form_texts(session.require_role("coordinator")).items()}


@dataclass(frozen=True)
class KitRules:
    """What the newest kit says about releasing: thresholds and grace."""

    threshold: int
    threshold_high: int
    grace_days: int

    def for_form(self, form: Form) -> int:
        """The threshold ``form``'s tables are released at."""
        return self.threshold_high if form.is_high else self.threshold


def kit_rules(session: Session) -> KitRules:
    """The newest kit's disclosure rules (defaults before any kit)."""
    return _kit_rules(session.require_role("coordinator"))


def _kit_rules(vault: OpenVault) -> KitRules:
    kits = store.issued_kits(vault.connection)
    if not kits:
        return KitRules(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_HIGH, DEFAULT_GRACE_DAYS)
    d = kits[-1].disclosure
    return KitRules(d.threshold, d.threshold_high, d.grace_days)


def perturbation_table(session: Session) -> PerturbationTable:
    """This coordinator's perturbation table, made (and kept) the first time it is needed."""
    return _perturbation_table(session.require_role("coordinator"))


def _perturbation_table(vault: OpenVault) -> PerturbationTable:
    text = get_setting(vault, TABLE_SETTING, None)
    if isinstance(text, str):
        return PerturbationTable.from_json(text)
    table = build_table(DEFAULT_PARAMETERS)
    put_setting(vault, TABLE_SETTING, table.to_json())
    return table


def _legacy_key(vault: OpenVault, *parts: str) -> int:
    """A key for a count that came without one (format-1 bundle): HMAC of where it came from."""
    secret = get_setting(vault, LEGACY_SECRET_SETTING, None)
    if not isinstance(secret, str):
        secret = secrets.token_hex(32)
        put_setting(vault, LEGACY_SECRET_SETTING, secret)
    digest = hmac.new(bytes.fromhex(secret), "\x00".join(parts).encode("utf-8"), hashlib.sha256).digest()
    return int.from_bytes(digest[:4], "big") % RECORD_KEY_SPACE


# --- making a release -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReleaseInfo:
    """One edition of a release, as the ledger shows it."""

    form_id: str
    period: str
    edition: int
    created_day: str
    threshold: int
    max_deviation: int
    bundles: int
    #: the interviews of the period, as published (protected), None when below the threshold
    interviews: int | None


def _period(form: Form, text: str) -> str:
    kind = release_kind(form)
    code = period_code(text, kind)
    if code is None:
        raise NapError(ErrorCode.RELEASE_PERIOD_KIND, period=text[:40], kind=kind, form_id=form.form_id,
                       example=example_of(kind))
    return code


def _imported(vault: OpenVault, form: Form, period: str) -> tuple[ReleaseTallies, list[str]]:
    """The tallies of every imported bundle for one form and period, and the bundles that hold any."""
    conn = vault.connection
    cells: list[tuple[str, str, tuple[str, ...], Tally]] = []
    bundles: set[str] = set()
    months = set(sub_periods(period, "month"))
    for bundle_id, indicator, kind, key, n, key_sum in store.imported_tallies(conn, form.form_id):
        if key_sum is None:
            key_sum = _legacy_key(vault, bundle_id, indicator, json.dumps(list(key), ensure_ascii=False))
        cells.append((indicator, kind, key, Tally(n, key_sum)))
    interviews: list[tuple[str, Tally]] = []
    for bundle_id, month, n, key_sum in store.imported_interviews(conn, form.form_id):
        if n <= 0 or month not in months:
            continue
        if key_sum is None:
            key_sum = _legacy_key(vault, bundle_id, INTERVIEWS, month)
        interviews.append((month, Tally(n, key_sum)))
        bundles.add(bundle_id)
    tallies, per_month = release_tallies_from_imported(form, period, cells, interviews)
    return ReleaseTallies(form.form_id, period, 0, 0, tallies, per_month), sorted(bundles)


def _flat(release: ReleaseTallies) -> list[repo.StoredTally]:
    out = [(ind, key, t.count, t.key) for ind, cells in release.cells.items() for key, t in cells.items()]
    out += [(INTERVIEWS, (month,), t.count, t.key) for month, t in release.interviews.items()]
    return sorted(out)


def release(session: Session, form_id: str, period: str, *, today: str) -> ReleaseInfo:
    """Release one closed period of one form, or revise it when bundles imported since change it.

    Refusals: ``VAULT_FORM_NOT_INSTALLED``, ``RELEASE_PERIOD_KIND`` (not one
    period of the form's kind), ``RELEASE_NOT_CLOSED`` (before the end plus
    the kit's grace), ``RELEASE_NO_DATA``, ``RELEASE_UNCHANGED``.
    """
    vault = session.require_role("coordinator")
    texts = _form_texts(vault)
    if form_id not in texts:
        raise NapError(ErrorCode.VAULT_FORM_NOT_INSTALLED, form_id=form_id[:64])
    form = parse_form_text(texts[form_id])
    code = _period(form, period)
    rules = _kit_rules(vault)
    opens = closing_day(code, rules.grace_days)
    if dt.date.fromisoformat(today) < opens:
        raise NapError(ErrorCode.RELEASE_NOT_CLOSED, period=code, form_id=form_id, day=opens.isoformat(),
                       grace=rules.grace_days)
    tallies, bundles = _imported(vault, form, code)
    if empty(tallies.cells, tallies.interviews):
        raise NapError(ErrorCode.RELEASE_NO_DATA, form_id=form_id, period=code)
    flat = _flat(tallies)
    latest = repo.latest_release(vault, form_id, code)
    if latest is not None and sorted(repo.release_tallies(vault, latest.id)) == flat:
        raise NapError(ErrorCode.RELEASE_UNCHANGED, period=code, form_id=form_id, edition=latest.edition)
    table = _perturbation_table(vault)
    edition = 1 if latest is None else latest.edition + 1
    stored = repo.StoredRelease(
        id=0, form_id=form_id, period=code, edition=edition, created_day=today, threshold=rules.for_form(form),
        method="cell-key", parameters=_parameters(table), form_text=texts[form_id], bundles=bundles,
    )
    with vault.transaction():
        release_id = repo.insert_release(vault, stored, flat)
        log_event(vault, "released", f"{form_id} {code} edition {edition}",
                  data={"form_id": form_id, "period": code, "edition": edition})
    return _info(vault, repo.latest_release(vault, form_id, code) or stored, release_id, table)


def _parameters(table: PerturbationTable) -> dict[str, object]:
    p = table.parameters
    return {"max_deviation": p.max_deviation, "variance": p.variance, "blocked": p.blocked,
            "table_sha256": hashlib.sha256(table.to_json().encode()).hexdigest()}


def _tallies_of(vault: OpenVault, stored: repo.StoredRelease) -> ReleaseTallies:
    out = ReleaseTallies(stored.form_id, stored.period, stored.edition, stored.threshold)
    for indicator, key, n, key_sum in repo.release_tallies(vault, stored.id):
        if indicator == INTERVIEWS:
            out.interviews[key[0]] = Tally(n, key_sum)
        else:
            out.cells.setdefault(indicator, {})[key] = Tally(n, key_sum)
    return out


def _info(vault: OpenVault, stored: repo.StoredRelease, release_id: int, table: PerturbationTable) -> ReleaseInfo:
    tallies = _tallies_of(vault, repo.StoredRelease(**{**stored.__dict__, "id": release_id}))
    coverage = coverage_table(parse_form_text(stored.form_text), [tallies], table)
    total_cell = coverage.cell()
    return ReleaseInfo(stored.form_id, stored.period, stored.edition, stored.created_day, stored.threshold,
                       int(str(stored.parameters.get("max_deviation", table.max_deviation))), len(stored.bundles),
                       None if total_cell is None else total_cell.count)


def releases(session: Session) -> list[ReleaseInfo]:
    """The publication ledger's releases: every edition of every form and period."""
    vault = session.require_role("coordinator")
    table = _perturbation_table(vault)
    return [_info(vault, r, r.id, table) for r in repo.list_releases(vault)]


def publications(session: Session) -> list[Publication]:
    """Every output written from releases, oldest first."""
    return repo.list_publications(session.require_role("coordinator"))


def record_publication(session: Session, day: str, output: str, refs: Sequence[ReleaseRef], detail: str) -> None:
    """Add an output to the ledger (the outputs service calls this when it writes a file)."""
    repo.record_publication(session.require_role("coordinator"),
                            repo.Publication(day, output, [(r.form_id, r.period, r.edition) for r in refs], detail))


def publishable_periods(session: Session, form_id: str | None = None) -> dict[str, list[str]]:
    """form_id -> its released periods."""
    return _publishable(session.require_role("coordinator"), form_id)


def _publishable(vault: OpenVault, form_id: str | None = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in repo.list_releases(vault, form_id):
        periods = out.setdefault(r.form_id, [])
        if r.period not in periods:
            periods.append(r.period)
    return out


# --- what an output shows ----------------------------------------------------------------------


@dataclass
class Resolved:
    """The releases one output shows: per form (as its newest release carried it), newest editions."""

    forms: dict[str, Form]
    releases: dict[str, list[ReleaseTallies]]
    table: PerturbationTable
    period_label: str
    #: form_id -> the questionnaire's text as its newest release carried it (what a hub labels it with)
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def refs(self) -> list[ReleaseRef]:
        """Every (form, period, edition) shown."""
        return [ReleaseRef(form_id=r.form_id, period=r.period, edition=r.edition)
                for rs in self.releases.values() for r in rs]


def _publishable_text(vault: OpenVault, form_id: str | None) -> str:
    periods = _publishable(vault, form_id)
    if not periods:
        return "none yet (release a closed period first)"
    return "; ".join(f"{f} {', '.join(ps)}" for f, ps in sorted(periods.items()))


def resolve(session: Session, *, form_id: str | None = None, period: str | None = None) -> Resolved:
    """The newest editions an output of ``period`` (one released period or a range) shows.

    With no period, every released period. Refuses with
    ``RELEASE_NOT_RELEASED`` (naming what can be published) when nothing is
    released there, or when a form has released some of the range's periods
    and not others (a partial range is never published as complete).
    """
    vault = session.require_role("coordinator")
    texts = _form_texts(vault)
    if form_id is not None and form_id not in texts:
        raise NapError(ErrorCode.VAULT_FORM_NOT_INSTALLED, form_id=form_id[:64])
    span = parse_period_range(period) if period and period.strip() else None
    latest: dict[tuple[str, str], repo.StoredRelease] = {}
    for r in repo.list_releases(vault, form_id):
        latest[(r.form_id, r.period)] = r  # listed by edition: the last one wins
    chosen: dict[str, list[repo.StoredRelease]] = {}
    for (fid, code), r in sorted(latest.items()):
        if span is None or span.contains(code):
            chosen.setdefault(fid, []).append(r)
    what = f" for form '{form_id}'" if form_id else ""
    label = str(span) if span is not None else ""
    if not chosen:
        raise NapError(ErrorCode.RELEASE_NOT_RELEASED, period=label or "any period", what=what,
                       periods=_publishable_text(vault, form_id))
    if span is not None:
        for fid, rs in chosen.items():
            kind = release_kind(parse_form_text(rs[-1].form_text))
            wanted = sub_periods_of_range(span.start, span.end, kind)
            missing = [p for p in wanted if p not in {r.period for r in rs}]
            if missing:
                raise NapError(ErrorCode.RELEASE_NOT_RELEASED, period=", ".join(missing[:6]),
                               what=f" for form '{fid}'", periods=_publishable_text(vault, fid))
    forms = {fid: parse_form_text(rs[-1].form_text) for fid, rs in chosen.items()}
    tallies = {fid: [_tallies_of(vault, r) for r in rs] for fid, rs in chosen.items()}
    texts = {fid: rs[-1].form_text for fid, rs in chosen.items()}
    return Resolved(forms, tallies, _perturbation_table(vault), label, texts)


def sub_periods_of_range(start: str, end: str, kind: str) -> list[str]:
    """The periods of ``kind`` wholly inside the months ``start..end``."""
    out: list[str] = []
    year, month = int(start[:4]), int(start[5:])
    while f"{year:04d}-{month:02d}" <= end:
        code = f"{year:04d}-{month:02d}"
        for p in sub_periods(code, "month"):
            period = {"month": p, "quarter": f"{p[:4]}-Q{(int(p[5:]) + 2) // 3}", "year": p[:4]}[kind]
            if period not in out:
                out.append(period)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    span = PeriodRange(start, end)
    return [p for p in out if span.contains(p)]
