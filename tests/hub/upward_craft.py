"""A hub, a member coordinator and crafted upward bundles, for the tests of the envelope and its refusals.

The member is approved at the hub directly in its tables here, so these tests
exercise the upward bundle alone; the enrollment of a coordinator with a hub
kit has tests of its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from napsurvey.bundle import store
from napsurvey.bundle.build import new_bundle_id
from napsurvey.bundle.canonical import sha256_hex
from napsurvey.bundle.envelope import body_bytes, seal
from napsurvey.bundle.keys import age_recipient
from napsurvey.bundle.upward import UPWARD_BUNDLE, Protection, Release, ReleasedTable, Sharing, make_upward_body
from napsurvey.services.session import Session
from tests.bundle.homes import IMPORT_AUDIT_EVENTS, TODAY, make_session

TABLE_ID = hashlib.sha256(b"a perturbation table").hexdigest()


def protection(threshold: int = 10) -> Protection:
    return Protection(method="cell-key", max_deviation=5, threshold=threshold, table_id=TABLE_ID)


def release(
    form_id: str = "mini_survey", period: str = "2026-Q3", edition: int = 1, yes: int | None = 57, *,
    sensitivity: Literal["normal", "high"] = "normal",
) -> Release:
    """A small release: safe × region for one quarter, with its totals."""
    keys: list[list[str | None]] = [["yes", "north"], ["no", "north"], ["yes", None], ["no", None],
                                    [None, "north"], [None, None]]
    values = [yes, None, (yes or 0) + 12, 19, (yes or 0) + 6, (yes or 0) + 31]
    return Release(form_id=form_id, form_versions=["2026.1"], sensitivity=sensitivity, period=period,
                   edition=edition, released_day=TODAY, protection=protection(), interviews=(yes or 0) + 31,
                   tables=[ReleasedTable(indicator="safe_by_region", dimensions=["safe", "region"], keys=keys, values=values)])


@dataclass
class HubWorld:
    """A hub with one approved member coordinator, and a second hub that approved the same member."""

    root: Path
    hub: Session
    member: Session
    other_hub: Session
    sent: list[str]  # content hashes of the member's bundles, by sequence

    def close(self) -> None:
        for session in (self.hub, self.member, self.other_hub):
            session.lock()


def approve_member(hub: Session, member: Session, label: str = "Member") -> None:
    """Approve ``member`` at ``hub`` as enrollment would (its keys in the hub's devices)."""
    vault = member.vault
    device = store.Device(member.fingerprint, vault.signing_public_key, vault.box_public_key, label, TODAY)
    with hub.vault.transaction() as conn:
        store.approve_device(conn, device)


def make_hub_world(root: Path) -> HubWorld:
    hub = make_session(root / "hub", "hub")
    member = make_session(root / "member", "coordinator")
    other = make_session(root / "other-hub", "hub")
    approve_member(hub, member)
    approve_member(other, member)
    return HubWorld(root, hub, member, other, [])


def hub_recipient(hub: Session) -> str:
    return age_recipient(hub.vault.box_public_key)


def upward_bytes(
    world: HubWorld,
    releases: list[Release],
    *,
    sequence: int | None = None,
    prev_hash: str | None = None,
    signing: bytes | None = None,
    device_id: str | None = None,
    to: Session | None = None,
    forms: list[str] | None = None,
    sharing: Sharing | None = None,
) -> bytes:
    """An upward bundle from the member (or a forger) to ``to`` (the hub), continuing the member's chain."""
    sequence = len(world.sent) + 1 if sequence is None else sequence
    if prev_hash is None:
        prev_hash = world.sent[sequence - 2] if sequence > 1 else ""
    recipients = [hub_recipient(to or world.hub)]
    body = make_upward_body(releases, forms=forms, sharing=sharing, bundle_id=new_bundle_id(),
                            device_id=device_id or world.member.fingerprint,
                            sequence=sequence, created_day=TODAY, prev_hash=prev_hash, recipients=recipients)
    if signing is None and device_id is None and sequence == len(world.sent) + 1:
        world.sent.append(sha256_hex(body_bytes(body)))
    key = signing if signing is not None else bytes(world.member.vault.signing_key())
    return seal(body, key, recipients, kind=UPWARD_BUNDLE, marker_for=(to or world.hub).vault.box_public_key)


def dump_hub_tables(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the hub's sync and hub tables and its audit log, for before/after comparisons.

    The audit lines a refused or duplicate import adds are left out: they are all it may change.
    """
    tables = ["sync_devices", "sync_bundles", "hub_releases", "hub_forms", "hub_perturbation_tables", "hub_sharing"]
    conn = session.vault.connection
    out = {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in tables}
    marks = ", ".join("?" * len(IMPORT_AUDIT_EVENTS))
    out["audit"] = [tuple(r) for r in conn.execute(
        f"SELECT * FROM audit WHERE event NOT IN ({marks}) ORDER BY id", IMPORT_AUDIT_EVENTS).fetchall()]
    return out
