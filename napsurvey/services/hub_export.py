"""A coordinator's upward bundles: its releases, sealed to the hub it joined.

:func:`export_to_hub` writes the newest editions of the coordinator's
releases (of one form, of one released period or a range) that it has not
sent the hub yet, as one upward bundle (:mod:`napsurvey.bundle.upward`): the
protected values exactly as the coordinator publishes them, never records,
never the counts its monitors sent. Raw tallies (true counts and key sums of
the detail cells) go up only for a questionnaire the hub's kit asks them for
*and* the coordinator agreed to, and never for a ``sensitivity: high`` one.
The bundle continues the coordinator's own chain (sequence numbers,
previous-bundle hash). As a monitor's bundle, it is recorded in the outbox
(and the publication ledger) *before* its file exists, then written, read
back and compared, and only then marked written: if the write fails or the
process dies on the way, the next export writes that same bundle again
(same id, sequence and content) before any new one, so the hub never sees two
different bundles with one number. :func:`export_to_hub_again` re-creates a
lost bundle with the same content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from napsurvey.bundle import hub_store, store
from napsurvey.bundle.build import neutral_file_name, new_bundle_id
from napsurvey.bundle.canonical import sha256_hex
from napsurvey.bundle.envelope import body_bytes, seal
from napsurvey.bundle.keys import age_recipient, key_fingerprint, unb64
from napsurvey.bundle.upward import (
    UPWARD_BUNDLE,
    Protection,
    Release,
    ReleasedTable,
    Sharing,
    UpwardBody,
    make_upward_body,
)
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.privacy.ptable import PerturbationTable
from napsurvey.privacy.published import ReleaseRef
from napsurvey.services import releases as releases_service
from napsurvey.services.files import write_verified
from napsurvey.services.hub_plan import shared_plan
from napsurvey.services.session import Session
from napsurvey.tables.release_tables import ReleaseTallies, coverage_table, grouped_detail, indicator_table
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.repo.forms import list_forms
from napsurvey.vault.store import Vault

__all__ = ["RAW_AGREED_SETTING", "TWINNING_SETTING", "UpwardExport", "UpwardSent", "current_sharing", "export_to_hub",
           "export_to_hub_again", "list_upward", "set_sharing", "upward_releases"]

#: The questionnaires this coordinator agreed to send raw counts of (among those its hub's kit asks for).
RAW_AGREED_SETTING = "hub_raw_agreed"
#: True when this coordinator agreed to be compared side by side with other members (twinning).
TWINNING_SETTING = "hub_twinning"
Writer = Callable[[Path, bytes], str]


@dataclass(frozen=True)
class UpwardExport:
    """What an upward export wrote."""

    path: Path
    bundle_id: str
    sequence: int
    releases: list[tuple[str, str, int]]
    raw_forms: list[str]
    file_sha256: str
    #: The plan periods whose scorecard and funnel the bundle carries (twinning only).
    plan_periods: list[str] = field(default_factory=list)
    #: True when this was a bundle recorded before but never written whole (a crash, a failed stick).
    reissued: bool = False


def table_id(table: PerturbationTable) -> str:
    """The identity of a perturbation table: the SHA-256 of its JSON (as the releases record it)."""
    return hashlib.sha256(table.to_json().encode()).hexdigest()


def current_sharing(session: Session) -> Sharing:
    """What this coordinator shares now: twinning and, with it, its plan's scorecards and funnels (if assessed)."""
    twinning = session.get_setting(TWINNING_SETTING, False) is True
    return Sharing(twinning=twinning, plan=shared_plan(session) if twinning else None)


def _membership(vault: Vault) -> hub_store.Membership:
    member = hub_store.membership(vault.connection)
    if member is None:
        raise NapError(ErrorCode.HUB_NOT_JOINED)
    return member


def _raw_forms(session: Session, member: hub_store.Membership) -> set[str]:
    """Questionnaires whose raw counts go up: asked by the hub's kit and agreed to here."""
    agreed = session.get_setting(RAW_AGREED_SETTING, [])
    return set(member.kit.raw_requests) & {str(f) for f in agreed} if isinstance(agreed, list) else set()


def wire_release(form: Form, tallies: ReleaseTallies, table: PerturbationTable, *, released_day: str,
                 raw: bool) -> Release:
    """One release edition as it goes up: every indicator's protected cells, and its raw tallies if ``raw``."""
    tables = []
    for indicator in form.indicators:
        published = indicator_table(form, indicator, [tallies], table)
        dims = published.dimensions
        raw_keys: list[list[str]] | None = None
        raw_counts: list[int] | None = None
        raw_key_sums: list[int] | None = None
        if raw and not form.is_high:
            detail = grouped_detail(form, indicator, [tallies]).detail
            raw_keys = [list(k) for k in detail]
            raw_counts = [t.count for t in detail.values()]
            raw_key_sums = [t.key for t in detail.values()]
        keys: list[list[str | None]] = [[c.key.get(d) for d in dims] for c in published.cells]
        tables.append(ReleasedTable(indicator=indicator.name, dimensions=dims, keys=keys,
                                    values=[c.count for c in published.cells], raw_keys=raw_keys,
                                    raw_counts=raw_counts, raw_key_sums=raw_key_sums))
    total = coverage_table(form, [tallies], table).cell()
    return Release(
        form_id=form.form_id, form_versions=[form.version], sensitivity=form.settings.sensitivity,
        period=tallies.period, edition=tallies.edition, released_day=released_day,
        protection=Protection(method="cell-key", max_deviation=table.max_deviation, threshold=tallies.threshold,
                              table_id=table_id(table)),
        interviews=None if total is None else total.count, tables=tables,
    )


def upward_releases(
    session: Session, *, form_id: str | None = None, period: str | None = None
) -> tuple[list[Release], dict[str, str], PerturbationTable]:
    """The newest release editions (of a form, of a period or range) not yet sent to the hub (coordinator).

    Also returns the questionnaire texts the releases were made with, and the perturbation table.
    """
    vault = session.require_role("coordinator")
    member = _membership(vault)
    resolved = releases_service.resolve(session, form_id=form_id, period=period)
    sent = {(r.form_id, r.period, r.edition) for b in hub_store.sent_upward_bodies(vault.connection) for r in b.releases}
    days = {(i.form_id, i.period, i.edition): i.created_day for i in releases_service.releases(session)}
    raw = _raw_forms(session, member)
    out = []
    for fid, editions in sorted(resolved.releases.items()):
        form = resolved.forms[fid]
        for tallies in editions:
            key = (fid, tallies.period, tallies.edition)
            if key in sent:
                continue
            out.append(wire_release(form, tallies, resolved.table, released_day=days[key], raw=fid in raw))
    return out, resolved.texts, resolved.table


def _target(out: Path, day: str) -> Path:
    if out.is_dir():
        return out / neutral_file_name(day)
    if out.exists():
        raise NapError(ErrorCode.FILE_EXISTS, path=str(out))
    if not out.parent.is_dir():
        raise NapError(ErrorCode.FOLDER_MISSING, path=str(out))
    return out


def _hub_box_key(member: hub_store.Membership) -> bytes:
    """The hub's X25519 key, for the bundle's "made for you" marker."""
    return unb64(member.kit.hub_box_key, 32)


def _recipients(member: hub_store.Membership) -> list[str]:
    recipients = [age_recipient(unb64(member.kit.hub_box_key, 32))]
    if member.kit.backup_recipient:
        recipients.append(member.kit.backup_recipient)
    return recipients


def export_to_hub(
    session: Session, out: Path, *, today: str, form_id: str | None = None, period: str | None = None,
    write: Writer = write_verified,
) -> UpwardExport:
    """Seal the releases not yet sent to the hub into one upward bundle at ``out`` (coordinator).

    ``out`` is a file, or a folder to get a neutral file name. Refuses with
    HUB_NOT_JOINED before the coordinator joined a hub, RELEASE_NOT_RELEASED
    when nothing is released there, HUB_NOTHING_TO_EXPORT when all of it was sent.
    When every release was sent but what the coordinator shares changed (a
    withdrawal from twinning above all), the bundle carries that change alone,
    so that the hub learns it without waiting for the next release.
    """
    vault = session.require_role("coordinator")
    member = _membership(vault)
    conn = vault.connection
    pending = store.unwritten(conn)
    if pending is not None:  # recorded, never written whole: that same bundle first
        return _write_recorded(session, pending.bundle_id, out, today=today, write=write, reissued=True)
    previous = hub_store.sent_upward_bodies(conn)
    sharing = current_sharing(session)
    changed = sharing != (previous[-1].sharing if previous else Sharing())
    everything = form_id is None and period is None
    table: PerturbationTable | None
    try:
        wires, texts, table = upward_releases(session, form_id=form_id, period=period)
    except NapError as exc:
        if exc.code is not ErrorCode.RELEASE_NOT_RELEASED or not (everything and changed):
            raise
        wires, texts, table = [], {}, None
    if not wires and not (everything and changed):
        raise NapError(ErrorCode.HUB_NOTHING_TO_EXPORT, what=f" for form '{form_id}'" if form_id else "")
    _target(out, today)  # a file already there or no folder: refused before anything is recorded
    sent_forms = {sha256_hex(t.encode()) for b in previous for t in b.forms}
    sent_forms |= {sha256_hex(t.encode()) for t in member.kit.forms}  # the hub has its own kit's questionnaires
    new_forms = [texts[f] for f in sorted({w.form_id for w in wires})
                 if f in texts and sha256_hex(texts[f].encode()) not in sent_forms]
    raw_forms = sorted({w.form_id for w in wires if any(t.has_raw for t in w.tables)})
    table_json = table.to_json() if table is not None else ""
    sent_tables = {t for b in previous for t in b.perturbation_tables}
    ptables = [table_json] if raw_forms and table_json not in sent_tables else []
    recipients = _recipients(member)
    last = store.last_sent(conn)
    body = make_upward_body(wires, forms=new_forms, perturbation_tables=ptables, sharing=sharing,
                            bundle_id=new_bundle_id(),
                            device_id=vault.fingerprint, sequence=1 if last is None else last.sequence + 1,
                            created_day=today, prev_hash="" if last is None else last.content_hash,
                            recipients=recipients)
    raw_body = body_bytes(body)
    content_hash = sha256_hex(raw_body)
    refs = [ReleaseRef(form_id=w.form_id, period=w.period, edition=w.edition) for w in wires]
    with vault.transaction() as tx:
        hub_store.record_sent_upward(tx, body, raw_body, content_hash)  # unwritten until the file is whole
        if refs:
            releases_service.record_publication(session, today, "hub bundle", refs,
                                                f"bundle {body.manifest.sequence} to {member.kit.hub_name}")
        log_event(vault, "exported", f"hub bundle {body.manifest.sequence}, {len(wires)} release(s)"
                  + (f", raw counts of {', '.join(raw_forms)}" if raw_forms else "")
                  + (", twinning " + ("shared" if sharing.twinning else "withdrawn") if changed else "")
                  + (f", plan of {len(sharing.plan.periods)} period(s)" if sharing.plan else ""),
                  data={"sequence": body.manifest.sequence})
    return _write_recorded(session, body.manifest.bundle_id, out, today=today, write=write)


def _write_recorded(session: Session, bundle_id: str, out: Path, *, today: str, write: Writer,
                    reissued: bool = False) -> UpwardExport:
    """Seal a recorded upward bundle, write and read it back at ``out``, then mark it written."""
    vault = session.vault
    body: UpwardBody | None = hub_store.sent_upward_body(vault.connection, bundle_id)
    if body is None:
        raise NapError(ErrorCode.BUNDLE_UNKNOWN_ID, bundle_id=bundle_id[:40])
    target = _target(out, today)
    data = seal(body, bytes(vault.signing_key()), body.manifest.recipients, kind=UPWARD_BUNDLE,
                marker_for=_hub_box_key(_membership(vault)))
    file_hash = write(target, data)
    with vault.transaction() as conn:
        store.mark_written(conn, bundle_id, today)
        if reissued:
            log_event(vault, "exported_again", f"hub bundle {body.manifest.sequence} (it had not been written)",
                      data={"sequence": body.manifest.sequence})
    return _export_of(body, target, file_hash, reissued)


def _export_of(body: UpwardBody, target: Path, file_hash: str, reissued: bool = False) -> UpwardExport:
    return UpwardExport(target, body.manifest.bundle_id, body.manifest.sequence,
                        [(r.form_id, r.period, r.edition) for r in body.releases],
                        sorted({r.form_id for r in body.releases if any(t.has_raw for t in r.tables)}), file_hash,
                        plan_periods=[p.period for p in body.sharing.plan.periods] if body.sharing.plan else [],
                        reissued=reissued)


def export_to_hub_again(session: Session, bundle_id: str, out: Path, *, today: str,
                        write: Writer = write_verified) -> UpwardExport:
    """Re-create a lost upward bundle from the outbox: same id, sequence and content (coordinator)."""
    vault = session.require_role("coordinator")
    body: UpwardBody | None = hub_store.sent_upward_body(vault.connection, bundle_id)
    if body is None:
        raise NapError(ErrorCode.BUNDLE_UNKNOWN_ID, bundle_id=bundle_id[:40])
    target = _target(out, body.manifest.created_day)
    file_hash = write(target, seal(body, bytes(vault.signing_key()), body.manifest.recipients, kind=UPWARD_BUNDLE,
                                   marker_for=_hub_box_key(_membership(vault))))
    with vault.transaction() as conn:
        store.mark_written(conn, bundle_id, today)
        log_event(vault, "exported_again", f"hub bundle {body.manifest.sequence}")
    return _export_of(body, target, file_hash)


@dataclass(frozen=True)
class UpwardSent:
    """An upward bundle this coordinator made."""

    sequence: int
    bundle_id: str
    created_day: str
    releases: int


def list_upward(session: Session) -> list[UpwardSent]:
    """The upward bundles this coordinator made, oldest first (coordinator)."""
    vault = session.require_role("coordinator")
    return [UpwardSent(b.manifest.sequence, b.manifest.bundle_id, b.manifest.created_day, len(b.releases))
            for b in hub_store.sent_upward_bodies(vault.connection)]


@dataclass(frozen=True)
class MembershipView:
    """What a coordinator sees of the hub it joined."""

    hub_name: str
    hub_fingerprint: str
    joined_day: str
    raw_requested: list[str]
    raw_agreed: list[str]
    #: (form_id, period, edition) released here and not sent to the hub yet
    unsent: list[tuple[str, str, int]]
    bundles: list[UpwardSent]
    #: True when this coordinator agreed to be compared side by side with other members (twinning).
    twinning: bool = False
    #: True when what it shares changed since its last bundle (the next bundle tells the hub).
    sharing_unsent: bool = False
    #: The assessed plan periods whose scorecard and funnel go with twinning (empty: no plan shared).
    plan_periods: list[str] = field(default_factory=list)
    #: True when a bundle was recorded but its file never written whole (the next export writes it).
    unwritten: bool = False


def membership_view(session: Session) -> MembershipView | None:
    """The hub this coordinator joined and what is waiting to go up; None before it joined one (coordinator)."""
    vault = session.require_role("coordinator")
    member = hub_store.membership(vault.connection)
    if member is None:
        return None
    sent = {(r.form_id, r.period, r.edition) for b in hub_store.sent_upward_bodies(vault.connection) for r in b.releases}
    newest: dict[tuple[str, str], int] = {}
    for info in releases_service.releases(session):
        newest[(info.form_id, info.period)] = max(info.edition, newest.get((info.form_id, info.period), 0))
    unsent = sorted((f, p, e) for (f, p), e in newest.items() if (f, p, e) not in sent)
    bodies = hub_store.sent_upward_bodies(vault.connection)
    last = bodies[-1].sharing if bodies else Sharing()
    now = current_sharing(session)
    agreed = session.get_setting(RAW_AGREED_SETTING, [])
    return MembershipView(
        hub_name=member.kit.hub_name, hub_fingerprint=key_fingerprint(member.hub_signing_key), joined_day=member.installed_day,
        raw_requested=list(member.kit.raw_requests),
        raw_agreed=sorted(set(member.kit.raw_requests) & {str(a) for a in agreed}) if isinstance(agreed, list) else [],
        unsent=unsent, bundles=list_upward(session), twinning=now.twinning, sharing_unsent=now != last,
        plan_periods=[p.period for p in now.plan.periods] if now.plan else [],
        unwritten=store.unwritten(vault.connection) is not None)


def set_sharing(session: Session, *, raw_agreed: list[str] | None = None, twinning: bool | None = None) -> MembershipView:
    """Choose what goes to the hub beyond the releases (coordinator); ``None`` leaves a choice as it is.

    ``raw_agreed``: the questionnaires whose raw counts this coordinator agrees
    to send; only those the hub's kit asks for count, and never a
    ``sensitivity: high`` one (HUB_KIT_RAW_HIGH). ``twinning``: whether the
    hub may show this coordinator side by side with other members. Both take
    effect with the next bundle sent up.
    """
    vault = session.require_role("coordinator")
    member = _membership(vault)
    if raw_agreed is not None:
        high = {r.form_id for r in list_forms(vault, active_only=False) if r.sensitivity == "high"}
        for form_id in raw_agreed:
            if form_id in high:
                raise NapError(ErrorCode.HUB_KIT_RAW_HIGH, form_id=form_id)
        agreed = sorted(set(raw_agreed))
        session.put_setting(RAW_AGREED_SETTING, agreed)
        log_event(vault, "hub_sharing_changed", f"raw counts agreed for the hub: {len(agreed)} form(s)",
                  data={"raw_agreed": len(agreed)})
    if twinning is not None:
        session.put_setting(TWINNING_SETTING, twinning)
        log_event(vault, "hub_sharing_changed", "twinning " + ("shared" if twinning else "not shared"),
                  data={"twinning": twinning})
    view = membership_view(session)
    if view is None:  # _membership above made sure it joined
        raise NapError(ErrorCode.HUB_NOT_JOINED)
    del member
    return view
