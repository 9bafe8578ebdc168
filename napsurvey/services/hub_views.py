"""What a hub sees of its members: who they are, what they released, and what is missing.

Plain pydantic models, so the desktop draws them and the command line prints
them the same way. A member is named by the label the hub gave it at
approval (a country, a national network) and identified by its fingerprint.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from napsurvey.bundle import hub_store, store
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.session import Session
from napsurvey.tables.member_coverage import period_gaps


class MemberView(BaseModel):
    """An approved member coordinator, its bundles and its releases."""

    member_id: str
    label: str
    approved_day: str
    bundles: int
    last_sequence: int
    last_bundle_day: str | None
    missing: list[int]
    editions: int
    periods: list[str]
    #: True when the member's newest bundle says it may be compared side by side with others (twinning).
    twinning: bool = False


class MemberCoverageRow(BaseModel):
    """One member's newest edition of one form for one period."""

    member_id: str
    label: str
    form_id: str
    period: str
    edition: int
    released_day: str
    #: Interviews as the member published them (None: below its threshold).
    interviews: int | None


def _labels(session: Session) -> dict[str, str]:
    return {d.device_id: d.label for d in store.devices(session.require_role("hub").connection)}


def member_label(labels: dict[str, str], member_id: str) -> str:
    """A member's label, or its fingerprint's first group when it has none."""
    return labels.get(member_id) or member_id.split("-")[0]


def members(session: Session) -> list[MemberView]:
    """Every approved member, with its bundles, gaps in its sequence and the periods it released (hub)."""
    conn = session.require_role("hub").connection
    missing = store.missing_sequences(conn)
    sent = store.bundles_per_device(conn)
    editions: dict[str, list[hub_store.EditionRow]] = {}
    for row in hub_store.edition_rows(conn):
        editions.setdefault(row.member_id, []).append(row)
    shared = hub_store.sharing(conn)
    out = []
    for d in store.devices(conn):
        stats = sent.get(d.device_id)
        mine = editions.get(d.device_id, [])
        out.append(MemberView(member_id=d.device_id, label=d.label, approved_day=d.approved_day,
                              bundles=stats.bundles if stats else 0, last_sequence=stats.last_sequence if stats else 0,
                              last_bundle_day=stats.last_day if stats else None, missing=missing.get(d.device_id, []),
                              editions=len(mine), periods=sorted({r.period for r in mine}),
                              twinning=d.device_id in shared and shared[d.device_id].twinning))
    return out


def coverage(session: Session) -> list[MemberCoverageRow]:
    """Per member, form and period: the newest edition released and its published interviews (hub)."""
    labels = _labels(session)
    return [
        MemberCoverageRow(member_id=s.member_id, label=member_label(labels, s.member_id), form_id=s.release.form_id,
                          period=s.release.period, edition=s.release.edition, released_day=s.release.released_day,
                          interviews=s.release.interviews)
        for s in hub_store.newest_editions(session.vault.connection)
    ]


class GapItem(BaseModel):
    """One thing missing at the hub: a member's bundle, a period it did not release, or anything at all."""

    kind: Literal["bundle_missing", "not_released", "nothing_yet"]
    member: str  # the member's label
    bundle: int = 0
    form_id: str = ""
    period: str = ""

    def line(self) -> str:
        """The line the command line prints."""
        if self.kind == "bundle_missing":
            return f"member {self.member}: bundle {self.bundle} missing"
        if self.kind == "not_released":
            return f"member {self.member}: {self.form_id} {self.period} not released"
        return f"member {self.member}: nothing received yet"


def gap_items(session: Session) -> list[GapItem]:
    """Every missing bundle, period not released, and member not heard from (hub)."""
    labels = _labels(session)
    conn = session.vault.connection
    items = [GapItem(kind="bundle_missing", member=member_label(labels, m), bundle=n)
             for m, numbers in store.missing_sequences(conn).items() for n in numbers]
    released: dict[tuple[str, str], set[str]] = {}
    for row in hub_store.edition_rows(conn):
        released.setdefault((row.member_id, row.form_id), set()).add(row.period)
    items += [GapItem(kind="not_released", member=member_label(labels, g.member_id), form_id=g.form_id,
                      period=g.period) for g in period_gaps(released)]
    heard = {m for m, _ in released}
    items += [GapItem(kind="nothing_yet", member=member_label(labels, d)) for d in labels if d not in heard]
    return items


def gaps(session: Session) -> list[str]:
    """One line per missing bundle and per period a member has not released (hub)."""
    return [item.line() for item in gap_items(session)]


def resolve_members(session: Session, names: list[str]) -> list[str]:
    """Member ids from labels (any case) or fingerprints, in the order given (HUB_MEMBER_UNKNOWN otherwise)."""
    labels = _labels(session)
    out: list[str] = []
    for name in names:
        wanted = name.strip()
        found = [m for m, label in labels.items() if wanted == m or (label and label.casefold() == wanted.casefold())]
        if len(found) != 1:
            raise NapError(ErrorCode.HUB_MEMBER_UNKNOWN, member=wanted[:60])
        if found[0] not in out:
            out.append(found[0])
    return out
