"""Enrollment: the coordinator's kit, the monitor's device card, approval.

Trust runs one way and is checked at every step:

* a kit is signed by the coordinator; the first kit a monitor accepts pins
  that coordinator's key (its fingerprint, computed from the key, is what the
  monitor compares aloud), and a later kit replaces it only if signed by the
  same key and newer (``kit_serial``);
* a device card is signed by the device's own key; the coordinator compares
  its fingerprint aloud with the one the monitor reads from its screen before
  approving it.

On the stick every document is sealed (:mod:`napsurvey.bundle.sealed`): a
first kit to an enrollment code the coordinator reads out, a kit update to
the devices it is for, a card to the pinned coordinator. A plain kit or card
is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, TypedDict, Unpack

from napsurvey.bundle import hub_store, sealed, store
from napsurvey.bundle.documents import read_document, sign_document
from napsurvey.bundle.formats import (
    AGE_RECIPIENT_PATTERN,
    DOCUMENT_FORMAT_VERSION,
    MAXIMUM_THRESHOLD,
    DeviceCard,
    Disclosure,
    Kit,
    ReferralService,
    StudyProtocol,
)
from napsurvey.bundle.keys import age_identity, age_recipient, b64, key_fingerprint, unb64
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import load_form_text
from napsurvey.forms.model import Form
from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.services.files import document_target, write_verified
from napsurvey.services.session import Session
from napsurvey.settings import (
    DEFAULT_EXPECTED_INTERVAL_DAYS,
    DEFAULT_GRACE_DAYS,
    DEFAULT_THRESHOLD,
    DEFAULT_THRESHOLD_HIGH,
    MAXIMUM_GRACE_DAYS,
    MAXIMUM_INTERVAL_DAYS,
    MINIMUM_THRESHOLD,
)
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.fingerprint import legacy_short_id
from napsurvey.vault.repo import settings as settings_repo
from napsurvey.vault.repo.audit import Facts, log_event, log_refusal
from napsurvey.vault.repo.forms import active_form_texts, install_form
from napsurvey.vault.shipped import shipped_forms
from napsurvey.vault.store import Vault


def _audit(vault: OpenVault, event: str, detail: str = "", *, data: Facts | None = None) -> None:
    # Audit events name what happened, never answers.
    log_event(vault, event, detail, data=data)


# --- coordinator: kit --------------------------------------------------------------


def read_referrals(path: Path) -> dict[str, list[ReferralService]]:
    """A referral directory file: YAML ``{area: [{name, kind, contact, hours, languages}]}``."""
    code = ErrorCode.KIT_REFERRALS_FILE
    data = _read_yaml(path, code)
    if not isinstance(data, dict) or not data:
        raise NapError(code, path=str(path), reason="expected areas, each with a list of services")
    try:
        return {
            str(area): [ReferralService.model_validate(_stringify(s)) for s in (services or [])]
            for area, services in data.items()
        }
    except (ValueError, TypeError) as exc:
        raise NapError(code, path=str(path), reason=_first_line(exc)) from None


def read_protocol(path: Path) -> StudyProtocol:
    """A study protocol file: YAML ``{title, reference, approved_by, approved_day}``."""
    data = _read_yaml(path, ErrorCode.KIT_PROTOCOL_FILE)
    try:
        return StudyProtocol.model_validate(_stringify(data))
    except (ValueError, TypeError) as exc:
        raise NapError(ErrorCode.KIT_PROTOCOL_FILE, path=str(path), reason=_first_line(exc)) from None


def _stringify(value: Any) -> Any:
    # YAML reads 2026-01-05 as a date and 24/7 as text; the models want text throughout.
    if isinstance(value, dict):
        return {str(k): _stringify(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify(v) for v in value]
    if value is None or isinstance(value, (bool, str)):
        return value
    return str(value)


def _first_line(exc: Exception) -> str:
    text = str(exc).splitlines()
    line = text[1] if len(text) > 1 else text[0] if text else type(exc).__name__
    # pydantic appends "[type=..., input_value=...]": internals, and it echoes the file's content
    return line.split(" [type=", 1)[0][:160].strip()


def _read_yaml(path: Path, code: ErrorCode) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NapError(code, path=str(path), reason=getattr(exc, "strerror", None) or "unreadable") from None
    try:
        # The form reader's guards (depth, alias expansion, duplicate keys) and YAML 1.2 scalars.
        return read_yaml(text)
    except NapError as exc:
        raise NapError(code, path=str(path), reason=str(exc.params.get("reason", "not valid YAML"))) from None


def create_kit(
    session: Session,
    *,
    form_texts: list[str] | None = None,
    referrals: dict[str, list[ReferralService]] | None = None,
    protocol: StudyProtocol | None = None,
    threshold: int | None = None,
    threshold_high: int | None = None,
    backup_recipient: str | None = None,
    grace_days: int | None = None,
    expected_interval_days: int | None = None,
    today: str,
) -> bytes:
    """Build, sign and record a new kit; return its file bytes (coordinator).

    ``form_texts`` default to this vault's active forms. ``grace_days`` is
    how long after a period's end it may be released (default 30;
    ``KIT_GRACE`` outside 0..366).
    ``expected_interval_days``: how often each device should send a bundle
    (default 35); a device silent for longer is listed as late.
    """
    vault = session.require_role("coordinator")
    texts = active_form_texts(vault) if form_texts is None else form_texts
    if not texts:
        raise NapError(ErrorCode.KIT_NO_FORMS)
    forms = [load_form_text(t, f"form {i + 1}").form for i, t in enumerate(texts)]
    for form in forms:
        if form.is_high and not any(referrals.values() if referrals else []):
            raise NapError(ErrorCode.KIT_NEEDS_REFERRALS, form_id=form.form_id)
        if form.is_high and protocol is None:
            raise NapError(ErrorCode.KIT_NEEDS_PROTOCOL, form_id=form.form_id)
    low = DEFAULT_THRESHOLD if threshold is None else threshold
    high = max(low, DEFAULT_THRESHOLD_HIGH) if threshold_high is None else threshold_high
    for value in (low, high):
        if value < MINIMUM_THRESHOLD:
            raise NapError(ErrorCode.PRIVACY_THRESHOLD, value=value, minimum=MINIMUM_THRESHOLD)
        if value > MAXIMUM_THRESHOLD:
            raise NapError(ErrorCode.PRIVACY_THRESHOLD_MAX, value=value, maximum=MAXIMUM_THRESHOLD)
    grace = DEFAULT_GRACE_DAYS if grace_days is None else grace_days
    if isinstance(grace, bool) or not 0 <= grace <= MAXIMUM_GRACE_DAYS:
        raise NapError(ErrorCode.KIT_GRACE, value=grace, maximum=MAXIMUM_GRACE_DAYS)
    if backup_recipient is not None and not re.fullmatch(AGE_RECIPIENT_PATTERN, backup_recipient):
        raise NapError(ErrorCode.KIT_BAD_RECIPIENT)
    interval = DEFAULT_EXPECTED_INTERVAL_DAYS if expected_interval_days is None else expected_interval_days
    if not 1 <= interval <= MAXIMUM_INTERVAL_DAYS:
        raise NapError(ErrorCode.KIT_BAD_INTERVAL, value=interval, maximum=MAXIMUM_INTERVAL_DAYS)
    with vault.transaction() as conn:
        kit = Kit(
            format_version=DOCUMENT_FORMAT_VERSION,
            kit_serial=store.next_kit_serial(conn),
            created_day=today,
            coordinator_signing_key=b64(vault.signing_public_key),
            coordinator_box_key=b64(vault.box_public_key),
            coordinator_fingerprint=vault.fingerprint,
            backup_recipient=backup_recipient,
            forms=texts,
            referrals=referrals or {},
            protocol=protocol,
            disclosure=Disclosure(threshold=low, threshold_high=high, grace_days=grace),
            expected_interval_days=interval,
        )
        data = sign_document("kit", kit, bytes(vault.signing_key()))
        store.record_kit_issued(conn, kit, [(f.form_id, f.version) for f in forms])
        _audit(vault, "kit_created", f"kit {kit.kit_serial}, {len(forms)} form(s), a bundle every {interval} days",
               data={"kit_serial": kit.kit_serial, "forms": len(forms), "expected_interval_days": interval})
    return data


@dataclass(frozen=True)
class SensitiveForm:
    """A high-sensitivity questionnaire the app ships, which only a coordinator's kit brings to a monitor."""

    form_id: str
    version: str
    title: dict[str, str]
    text: str


def sensitive_forms() -> list[SensitiveForm]:
    """The shipped ``sensitivity: high`` questionnaires (a kit carries them with a protocol and referrals)."""
    return [
        SensitiveForm(form.form_id, form.version, dict(form.settings.form_title), text)
        for form, text in shipped_forms()
        if form.is_high
    ]


def kit_form_texts(session: Session, sensitive: list[str]) -> list[str]:
    """The forms of a new kit: this vault's active ones, and the shipped sensitive ones named in ``sensitive``."""
    texts = active_form_texts(session.require_role("coordinator"))
    chosen = [form.text for form in sensitive_forms() if form.form_id in sensitive]
    return [*texts, *chosen]


def is_enrolled(session: Session) -> bool:
    """True when this (monitor's) device has a coordinator's kit installed: it can export."""
    return store.installed_kit(session.vault.connection) is not None


@dataclass(frozen=True)
class KitWritten:
    """What :func:`write_kit` wrote, the fingerprint and the enrollment code the coordinator reads aloud."""

    path: Path
    fingerprint: str
    code: str | None = None


class KitOptions(TypedDict, total=False):
    """What a kit may carry besides its forms' defaults (see :func:`create_kit`)."""

    form_texts: list[str] | None
    referrals: dict[str, list[ReferralService]] | None
    protocol: StudyProtocol | None
    threshold: int | None
    threshold_high: int | None
    backup_recipient: str | None
    grace_days: int | None
    expected_interval_days: int | None


@dataclass(frozen=True)
class SealedKit:
    """A kit ready for the stick; ``code`` is the enrollment code to read out (None: sealed to devices)."""

    data: bytes
    code: str | None


def seal_kit(session: Session, document: bytes, *, devices: Sequence[str] | None = None) -> SealedKit:
    """Seal a signed kit: to a fresh enrollment code, or to approved ``devices`` (their ids) when given.

    A coordinator seals its kits for monitors, a hub its hub kits for coordinators (its members).
    """
    vault = session.require_role("coordinator", "hub")
    if not devices:
        code = sealed.new_enrollment_code()
        return SealedKit(sealed.seal_with_code(document, code), code)
    approved = {d.device_id: d for d in store.devices(vault.connection)}
    recipients = []
    for device_id in devices:
        device = approved.get(device_id)
        if device is None:
            raise NapError(ErrorCode.DEVICE_UNKNOWN, device=device_id[:60])
        recipients.append(age_recipient(device.box_key))
    return SealedKit(sealed.seal_to(document, recipients), None)


def write_kit(
    session: Session, out: Path, *, today: str, devices: Sequence[str] | None = None, **options: Unpack[KitOptions]
) -> KitWritten:
    """Create a kit (see :func:`create_kit`), seal it (see :func:`seal_kit`) and write it to ``out``.

    Private (0600), read back and compared; ``out`` may be a folder (a neutral
    name is chosen). Both front ends write kits through this, so a kit on a
    stick is never plain, readable by others or unchecked.
    """
    kit = seal_kit(session, create_kit(session, today=today, **options), devices=devices)
    target = document_target(out, today)
    write_verified(target, kit.data)
    return KitWritten(target, session.fingerprint, kit.code)


# --- monitor: enroll ----------------------------------------------------------------


@dataclass(frozen=True)
class Enrolled:
    """What ``enroll`` did."""

    fingerprint: str
    coordinator_fingerprint: str
    kit_serial: int
    forms: list[tuple[str, str]]
    replaced: bool


@dataclass(frozen=True)
class CheckedKit:
    """A kit whose signature, claims and content were checked; ``fingerprint`` is computed from its signer."""

    kit: Kit
    signer: bytes
    forms: list[tuple[Form, str]]
    fingerprint: str


def verify_kit(data: bytes, path: str) -> CheckedKit:
    """Check a kit's signature and content, and that it claims no fingerprint but its signer's own.

    The fingerprint a monitor compares aloud is computed here from the key
    that signed the kit; the kit's own ``coordinator_fingerprint`` is only a
    claim, and a kit whose claim differs is refused (KIT_FINGERPRINT_MISMATCH):
    it was made to look like another coordinator's.
    """
    kit, signer = read_document("kit", data, Kit, path=path)
    if unb64(kit.coordinator_signing_key, 32) != signer:
        raise NapError(ErrorCode.KIT_BAD, path=path, reason="signed by a key other than the one it names")
    computed = key_fingerprint(signer)
    if kit.coordinator_fingerprint != computed:
        raise NapError(ErrorCode.KIT_FINGERPRINT_MISMATCH, path=path)
    forms: list[tuple[Form, str]] = []
    for index, text in enumerate(kit.forms):
        try:
            forms.append((load_form_text(text, f"form {index + 1}").form, text))
        except NapError as exc:
            raise NapError(ErrorCode.KIT_BAD, path=path, reason=f"form {index + 1}: {exc.code.name}") from None
    for form, _ in forms:
        if form.is_high and (kit.protocol is None or not any(kit.referrals.values())):
            raise NapError(ErrorCode.KIT_BAD, path=path, reason=f"high-sensitivity form {form.form_id} without protocol and referrals")
    return CheckedKit(kit, signer, forms, computed)


def kit_needs_code(data: bytes) -> bool:
    """True for a kit file sealed to an enrollment code (the front end then asks for it)."""
    return sealed.needs_code(data)


def open_kit(session: Session, data: bytes, *, path: str, code: str | None = None) -> bytes:
    """The signed kit inside a sealed kit file (a monitor's coordinator kit, a coordinator's hub kit).

    KIT_NOT_SEALED for a plain kit, KIT_NEEDS_CODE / KIT_CODE_FORMAT /
    KIT_WRONG_CODE for one sealed to a code, KIT_NOT_FOR_THIS_DEVICE for one
    sealed to other devices.
    """
    vault = session.require_role("monitor", "coordinator")
    sealing = sealed.sealing_of(data)
    if sealing is None:
        raise NapError(ErrorCode.KIT_NOT_SEALED, path=path)
    if sealing == "code":
        if code is None:
            raise NapError(ErrorCode.KIT_NEEDS_CODE, path=path)
        return sealed.open_with_code(data, code, path=path)
    return sealed.open_with_identity(data, [_identity(vault)], path=path, not_for_us=ErrorCode.KIT_NOT_FOR_THIS_DEVICE,
                                     bad=ErrorCode.KIT_BAD)


def check_kit(session: Session, data: bytes, *, path: str, code: str | None = None) -> CheckedKit:
    """Open and verify a kit file without installing it (to show who made it before the monitor confirms)."""
    return verify_kit(open_kit(session, data, path=path, code=code), path)


def pinned_coordinator(session: Session) -> str | None:
    """The fingerprint of the coordinator this device is pinned to (computed from the pinned key), if any."""
    kit = store.installed_kit(session.vault.connection)
    return None if kit is None else key_fingerprint(kit.coordinator_signing_key)


def enroll(
    session: Session,
    data: bytes,
    *,
    path: str,
    today: str,
    code: str | None = None,
    replace_coordinator: str | None = None,
) -> Enrolled:
    """Open (see :func:`open_kit`), verify and install a kit (monitor).

    A kit from a coordinator other than the pinned one is refused
    (KIT_OTHER_COORDINATOR), unless the monitor confirms the move here:
    ``replace_coordinator`` is the fingerprint the new coordinator read
    aloud, and must be the one computed from the new kit's key
    (KIT_REPIN_MISMATCH otherwise). That is how a device follows a
    coordinator whose key was lost; the audit log records it. A refused kit is logged with its code and file name.
    """
    vault = session.require_role("monitor")
    try:
        return _enroll(session, vault, data, path=path, today=today, code=code, replace_coordinator=replace_coordinator)
    except NapError as exc:
        log_refusal(vault, "kit_refused", exc, file=path)
        raise


def _enroll(
    session: Session, vault: Vault, data: bytes, *, path: str, today: str, code: str | None, replace_coordinator: str | None
) -> Enrolled:
    checked = check_kit(session, data, path=path, code=code)
    kit, signer, forms = checked.kit, checked.signer, checked.forms
    with vault.transaction() as conn:
        current = store.installed_kit(conn)
        if current is not None:
            if current.coordinator_signing_key != signer:
                if replace_coordinator is None:
                    raise NapError(ErrorCode.KIT_OTHER_COORDINATOR, path=path)
                if "-".join(replace_coordinator.replace("-", " ").split()) != checked.fingerprint:
                    raise NapError(ErrorCode.KIT_REPIN_MISMATCH, path=path)
                old = key_fingerprint(current.coordinator_signing_key)
                _audit(vault, "coordinator_replaced", f"{old} -> {checked.fingerprint}",
                       data={"previous": old, "coordinator": checked.fingerprint})
            elif kit.kit_serial < current.kit.kit_serial or (
                kit.kit_serial == current.kit.kit_serial and kit != current.kit
            ):
                raise NapError(ErrorCode.KIT_OLDER, path=path)
        for _form, text in forms:
            install_form(vault, text, "kit")  # nested: a savepoint inside this transaction
        store.save_kit(conn, kit, signer, today)
        known = settings_repo.kit_form_versions(vault) | {(f.form_id, f.version) for f, _ in forms}
        # The interview reads these (referrals before disclosure, protocol gate, thresholds).
        settings: dict[str, Any] = {
            "referral_directory": {a: [s.model_dump() for s in v] for a, v in kit.referrals.items()},
            "study_protocol": kit.protocol.model_dump() if kit.protocol else None,
            "disclosure": kit.disclosure.model_dump(),
            "coordinator_fingerprint": checked.fingerprint,  # computed from the pinned key, never the kit's claim
            settings_repo.KIT_FORMS_SETTING: sorted([list(p) for p in known]),
        }
        settings_repo.put_settings(vault, settings)
        _audit(vault, "enrolled", f"kit {kit.kit_serial} from {checked.fingerprint}",
               data={"kit_serial": kit.kit_serial, "coordinator": checked.fingerprint})
    return Enrolled(
        fingerprint=vault.fingerprint,
        coordinator_fingerprint=checked.fingerprint,
        kit_serial=kit.kit_serial,
        forms=[(f.form_id, f.version) for f, _ in forms],
        replaced=current is not None,
    )


# --- monitor: device card -------------------------------------------------------------


def device_card_document(session: Session, *, label: str = "", today: str) -> bytes:
    """This device's self-signed card, before it is sealed (see :func:`device_card`)."""
    vault = session.require_role("monitor", "coordinator")
    card = DeviceCard(
        format_version=DOCUMENT_FORMAT_VERSION,
        device_id=vault.fingerprint,
        signing_key=b64(vault.signing_public_key),
        box_key=b64(vault.box_public_key),
        role="monitor" if vault.role == "monitor" else "coordinator",
        label=label,
        created_day=today,
    )
    data = sign_document("card", card, bytes(vault.signing_key()))
    _audit(vault, "device_card_made", vault.fingerprint, data={"device": vault.fingerprint})
    return data


def device_card(session: Session, *, label: str = "", today: str) -> bytes:
    """This device's self-signed card, sealed to whom it reports to.

    A monitor's card is sealed to its pinned coordinator (KIT_NOT_ENROLLED
    before a kit), a coordinator's to the hub it joined (HUB_NOT_JOINED before
    a hub kit): only they can read it on the stick.
    """
    box_key = _upstream_box_key(session)
    document = device_card_document(session, label=label, today=today)
    return sealed.seal_to(document, [age_recipient(box_key)])


def _upstream_box_key(session: Session) -> bytes:
    """The X25519 key of whom this device reports to: its coordinator (monitor), its hub (coordinator)."""
    conn = session.require_role("monitor", "coordinator").connection
    if session.role == "coordinator":
        member = hub_store.membership(conn)
        if member is None:
            raise NapError(ErrorCode.HUB_NOT_JOINED)
        return unb64(member.kit.hub_box_key, 32)
    kit = store.installed_kit(conn)
    if kit is None:
        raise NapError(ErrorCode.KIT_NOT_ENROLLED)
    return unb64(kit.kit.coordinator_box_key, 32)


def write_device_card(session: Session, out: Path, *, label: str = "", today: str) -> Path:
    """Write this device's sealed card to ``out`` (0600, read back and compared; a folder gets a neutral name)."""
    data = device_card(session, label=label, today=today)
    target = document_target(out, today)
    write_verified(target, data)
    return target


# --- coordinator: approve ----------------------------------------------------------------


def open_card(session: Session, data: bytes, path: str) -> DeviceCard:
    """Open a sealed device card with this vault's key and verify it (see :func:`read_card`).

    A coordinator opens its monitors' cards, a hub its member coordinators'.
    """
    vault = session.require_role("coordinator", "hub")
    if sealed.sealing_of(data) is None:
        raise NapError(ErrorCode.CARD_BAD, path=path, reason="it is not sealed; ask for a new card")
    document = sealed.open_with_identity(data, [_identity(vault)], path=path, not_for_us=ErrorCode.CARD_NOT_FOR_US,
                                         bad=ErrorCode.CARD_BAD)
    return read_card(document, path)


def _identity(vault: Vault) -> Any:
    """This device's age identity (its X25519 box key), to open what was sealed to it."""
    return age_identity(bytes(vault.box_private_key()))


def read_card(data: bytes, path: str) -> DeviceCard:
    """Verify a device card document (self-signed, fingerprint matching its key)."""
    card, signer = read_document("card", data, DeviceCard, path=path)
    # Cards of earlier versions name the device by its 48-bit short id; either way it must be the key's own.
    if unb64(card.signing_key, 32) != signer or card.device_id not in (key_fingerprint(signer), legacy_short_id(signer)):
        raise NapError(ErrorCode.CARD_BAD, path=path, reason="the card's keys and fingerprint do not match")
    return card.model_copy(update={"device_id": key_fingerprint(signer)})


#: The role of the devices each role approves: a coordinator its monitors, a hub its member coordinators.
_APPROVES = {"coordinator": "monitor", "hub": "coordinator"}


ApprovalOutcome = Literal["approved", "already_approved", "relabelled"]


@dataclass(frozen=True)
class Approval:
    """What approving a card did: approved it, found it approved already, or only renamed it."""

    device: store.Device
    outcome: ApprovalOutcome


def approval_needed(session: Session, card: DeviceCard) -> bool:
    """False when this very device (same id, same key) is already approved: nothing to compare aloud."""
    existing = store.device(session.require_role("coordinator", "hub").connection, card.device_id)
    return existing is None or existing.signing_key != unb64(card.signing_key, 32)


def approve_device(session: Session, card: DeviceCard, *, today: str, label: str | None = None) -> Approval:
    """Approve a verified card's device (a coordinator its monitors, a hub its member coordinators).

    A card of the other kind of device is refused (CARD_BAD): a hub approves
    only coordinators, a coordinator only monitors.

    A card of a device already approved with the same key changes nothing
    (``already_approved``), or only its name when ``label`` differs
    (``relabelled``). A card naming an approved device id with another key is
    refused (CARD_DEVICE_TAKEN), and the refusal is logged.
    """
    vault = session.require_role("coordinator", "hub")
    try:
        wanted = _APPROVES[vault.role]
        if card.role != wanted:
            raise NapError(ErrorCode.CARD_BAD, path=card.device_id, reason=f"not a {wanted} device")
        return _approve(vault, card, today, label)
    except NapError as exc:
        log_refusal(vault, "device_refused", exc, device=card.device_id)
        raise


def _approve(vault: OpenVault, card: DeviceCard, today: str, label: str | None) -> Approval:
    device = store.Device(
        device_id=card.device_id,
        signing_key=unb64(card.signing_key, 32),
        box_key=unb64(card.box_key, 32),
        label=card.label if label is None else label,
        approved_day=today,
    )
    with vault.transaction() as conn:
        existing = store.device(conn, device.device_id)
        if existing is not None:
            if existing.signing_key != device.signing_key:
                raise NapError(ErrorCode.CARD_DEVICE_TAKEN, path=card.device_id, device=card.device_id)
            if label is None or label == existing.label:
                return Approval(existing, "already_approved")
            store.relabel_device(conn, existing.device_id, label)
            _audit(vault, "device_relabelled", f"{existing.device_id} now {label!r}",
                   data={"device": existing.device_id, "label": label})
            return Approval(replace(existing, label=label), "relabelled")
        same_key = store.device_by_key(conn, device.signing_key)
        if same_key is not None:  # the id a key gives changed (a longer fingerprint): the device is known
            raise NapError(ErrorCode.CARD_BAD, path=card.device_id,
                           reason=f"its key is already approved as device {same_key.device_id}")
        store.approve_device(conn, device)
        _audit(vault, "device_approved", device.device_id, data={"device": device.device_id, "label": device.label})
    return Approval(device, "approved")
