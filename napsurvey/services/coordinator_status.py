"""What a coordinator's vault holds: interviews per form and period, devices, bundles, periods, releases.

The interview counts here are exact. They stay inside the coordinator's vault
(``status``, the Overview screen) and are never published this way; figures
leave only as releases. The JSON shape is documented in
``docs/status-and-audit.md``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from pydantic import BaseModel

from napsurvey.bundle import store
from napsurvey.forms.domain import release_kind
from napsurvey.forms.model import Form
from napsurvey.services.coordinator_views import DeviceView, devices
from napsurvey.services.session import Session
from napsurvey.services.status import VaultStatus
from napsurvey.services.sync_import import expected_interval_days
from napsurvey.settings import DEFAULT_GRACE_DAYS
from napsurvey.tables.periods import closing_day, last_day, period_of
from napsurvey.vault.form_text import parse_form_text
from napsurvey.vault.repo import audit
from napsurvey.vault.repo import releases as releases_repo

PeriodState = Literal["open", "closed"]


class PeriodStatus(BaseModel):
    """One reporting period of a form: exact counts, and whether it has closed."""

    period: str
    ends_day: str
    closes_day: str  # the first day the period counts as closed (and may be released): the grace has passed
    state: PeriodState
    interviews: int
    refused: int
    ended_child: int
    stopped: int
    devices: int
    released_edition: int  # the newest edition released of this period, 0 if none


class FormStatus(BaseModel):
    """A questionnaire's imported interviews, in total and per reporting period."""

    form_id: str
    title: dict[str, str]  # language -> title, as the newest kit carried the form
    period_kind: str
    interviews: int
    refused: int
    ended_child: int
    stopped: int
    periods: list[PeriodStatus]


class BundleCounts(BaseModel):
    """Bundles imported, and files refused at import (each attempt once)."""

    imported: int
    refused: int
    refused_by_code: dict[str, int]


class ReleaseEntry(BaseModel):
    """One line of the publication ledger."""

    form_id: str
    period: str
    edition: int
    day: str


class CoordinatorStatus(BaseModel):
    """A coordinator's status (``status --json`` with ``role: coordinator``)."""

    role: Literal["coordinator"] = "coordinator"
    fingerprint: str
    device_id: str
    schema_version: int
    today: str
    last_import_day: str | None  # the day a bundle was last imported
    expected_interval_days: int
    grace_days: int
    forms: list[FormStatus]
    devices: list[DeviceView]
    bundles: BundleCounts
    releases: list[ReleaseEntry]


def period_state(period: str, grace_days: int, today: date) -> PeriodState:
    """``closed`` from its closing day on (:func:`napsurvey.tables.periods.closing_day`), ``open`` before."""
    return "closed" if today >= closing_day(period, grace_days) else "open"


def grace_days(session: Session) -> int:
    """Days after a period's end before it closes: the newest kit's grace (30 by default)."""
    kits = store.issued_kits(session.require_role("coordinator").connection)
    return kits[-1].disclosure.grace_days if kits else DEFAULT_GRACE_DAYS


def releases(session: Session) -> list[ReleaseEntry]:
    """The publication ledger: every edition of every release made, by form, period and edition."""
    vault = session.require_role("coordinator")
    return [ReleaseEntry(form_id=r.form_id, period=r.period, edition=r.edition, day=r.created_day)
            for r in releases_repo.list_releases(vault)]


def _forms(session: Session) -> dict[str, Form]:
    """form_id -> the form as the newest kit carried it: the questionnaires the devices fill in."""
    forms: dict[str, Form] = {}
    for kit in reversed(store.issued_kits(session.require_role("coordinator").connection)):
        for text in kit.forms:
            form = parse_form_text(text)
            forms.setdefault(form.form_id, form)
    return forms


@dataclass
class _Imported:
    """One form's imported counts per month: interviews, refused, ended (child), stopped; and the devices."""

    months: dict[str, list[int]] = field(default_factory=dict)
    devices: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, month: str, device_id: str, counts: list[int]) -> None:
        slot = self.months.setdefault(month, [0, 0, 0, 0])
        self.months[month] = [a + b for a, b in zip(slot, counts, strict=True)]
        if any(counts):
            self.devices[month].add(device_id)


def _form_status(form_id: str, form: Form | None, imported: _Imported, released: dict[str, int], grace: int,
                 today: date) -> FormStatus:
    kind = release_kind(form) if form is not None else "month"
    by_period: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    period_devices: dict[str, set[str]] = defaultdict(set)
    for month, counts in imported.months.items():
        period = period_of(month, kind)
        by_period[period] = [a + b for a, b in zip(by_period[period], counts, strict=True)]
        period_devices[period] |= imported.devices.get(month, set())
    by_period.setdefault(period_of(today.strftime("%Y-%m"), kind), [0, 0, 0, 0])  # the current period, even empty
    periods = [
        PeriodStatus(period=p, ends_day=last_day(p).isoformat(), closes_day=closing_day(p, grace).isoformat(),
                     state=period_state(p, grace, today), interviews=c[0], refused=c[1], ended_child=c[2],
                     stopped=c[3], devices=len(period_devices[p]), released_edition=released.get(p, 0))
        for p, c in sorted(by_period.items())
    ]
    totals = [sum(p[i] for p in by_period.values()) for i in range(4)]
    title = dict(form.settings.form_title) if form is not None else {}
    return FormStatus(form_id=form_id, title=title, period_kind=kind, interviews=totals[0], refused=totals[1],
                      ended_child=totals[2], stopped=totals[3], periods=periods)


def form_statuses(session: Session, today: date) -> list[FormStatus]:
    """Every questionnaire a kit carried or interviews arrived for, with its periods."""
    forms = _forms(session)
    grace = grace_days(session)
    imported: dict[str, _Imported] = defaultdict(_Imported)
    for form_id, month, device_id, *counts in store.interviews_per_device_month(session.vault.connection):
        imported[form_id].add(month, device_id, counts)
    newest: dict[str, dict[str, int]] = defaultdict(dict)
    for entry in releases(session):
        newest[entry.form_id][entry.period] = max(entry.edition, newest[entry.form_id].get(entry.period, 0))
    return [_form_status(form_id, forms.get(form_id), imported[form_id], newest[form_id], grace, today)
            for form_id in sorted(set(forms) | set(imported))]


def bundle_counts(session: Session) -> BundleCounts:
    """Bundles imported and files refused."""
    vault = session.require_role("coordinator")
    imported = store.bundles_imported(vault.connection)
    by_code = audit.count_by(vault, "import_refused", "code")
    return BundleCounts(imported=imported, refused=sum(by_code.values()), refused_by_code=dict(sorted(by_code.items())))


def coordinator_status(session: Session, today: date | None = None) -> CoordinatorStatus:
    """Status of a coordinator's vault on ``today`` (default: the real today)."""
    vault = session.require_role("coordinator")
    day = today or date.today()
    return CoordinatorStatus(
        fingerprint=vault.fingerprint,
        device_id=vault.device_id,
        schema_version=vault.schema_version,
        today=day.isoformat(),
        last_import_day=audit.last_day(vault, "imported"),
        expected_interval_days=expected_interval_days(session),
        grace_days=grace_days(session),
        forms=form_statuses(session, day),
        devices=devices(session, day),
        bundles=bundle_counts(session),
        releases=releases(session),
    )


def status_of(session: Session, today: date | None = None) -> VaultStatus | CoordinatorStatus:
    """What ``status`` shows: a coordinator's :class:`CoordinatorStatus`, or a monitor's counts."""
    if session.role == "coordinator":
        return coordinator_status(session, today)
    return session.status()
