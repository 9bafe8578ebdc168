"""Enrollment one level up: the hub's kit, a coordinator joining its hub.

The same flow as a coordinator enrolling its monitors: the hub signs a kit
(its own document kind, ``hub-kit``) and seals it to an enrollment code it
reads out (or, for an update, to its members' keys); the coordinator opens it
with the code and accepts it with ``enroll``, which pins the hub's key (a
later kit is taken only from the same hub and only if newer); the
coordinator writes its device card, sealed to the hub's key, and the hub
compares the fingerprint aloud and approves it with ``devices approve``.
Sealing, opening and approval are those of one level down
(:func:`napsurvey.services.enrollment.seal_kit`, ``open_kit``, ``open_card``,
``approve_device``, which serve both levels).

A hub kit carries the common questionnaires (installed at the coordinator,
so every member measures the same thing), a common indicator set (codes in
a public framework such as S/2010/498, each naming the form's indicator that
measures it), the questionnaires the hub asks raw counts of (never a
``sensitivity: high`` one; each member still agrees per form) and the
threshold the hub shows pooled figures from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from napsurvey.bundle import hub_store
from napsurvey.bundle.documents import read_document, sign_document
from napsurvey.bundle.formats import AGE_RECIPIENT_PATTERN, DOCUMENT_FORMAT_VERSION, MAXIMUM_THRESHOLD
from napsurvey.bundle.hub_kit import CommonIndicator, HubDisclosure, HubKit
from napsurvey.bundle.keys import b64, key_fingerprint, unb64
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import load_form_text
from napsurvey.forms.model import Form
from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.services import enrollment
from napsurvey.services.files import document_target, write_verified
from napsurvey.services.session import Session
from napsurvey.settings import DEFAULT_THRESHOLD, MINIMUM_THRESHOLD
from napsurvey.vault.repo.audit import log_event, log_refusal
from napsurvey.vault.repo.forms import active_form_texts, install_form

__all__ = ["INDICATORS_SETTING", "KIT_SERIAL_SETTING", "NAME_SETTING", "RULES_SETTING", "CommonIndicator",
           "HubKitWritten", "JoinedHub", "create_hub_kit", "join_hub", "read_indicator_set", "verify_hub_kit",
           "write_hub_kit"]

#: The hub's name on its kit and reports.
NAME_SETTING = "hub_name"
#: What the hub's newest kit asks: ``{"raw_requests": [form ids], "threshold": n}`` (set with its kit).
RULES_SETTING = "hub_kit_rules"
#: The serial of the last kit this hub signed.
KIT_SERIAL_SETTING = "hub_kit_serial"
#: The common indicator set of the hub's newest kit (the twinning report names indicators by these codes).
INDICATORS_SETTING = "hub_indicators"
DEFAULT_NAME = "Regional hub"


def _first_line(exc: Exception) -> str:
    lines = str(exc).splitlines()
    line = lines[1] if len(lines) > 1 else lines[0] if lines else type(exc).__name__
    return line.split(" [type=", 1)[0][:160].strip()  # pydantic echoes the input after this


def read_indicator_set(path: Path) -> list[CommonIndicator]:
    """A common indicator set file: YAML list of ``{scheme, code, title: {en, fr}, form_id, indicator}``."""
    code = ErrorCode.HUB_INDICATORS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NapError(code, path=str(path), reason=getattr(exc, "strerror", None) or "unreadable") from None
    try:
        # The form reader's guards (depth, alias expansion, duplicate keys), as for every YAML the app reads.
        data = read_yaml(text)
    except NapError as exc:
        raise NapError(code, path=str(path), reason=str(exc.params.get("reason", "not valid YAML"))) from None
    if not isinstance(data, list) or not data:
        raise NapError(code, path=str(path), reason="expected a list of indicators")
    try:
        return [CommonIndicator.model_validate(_texts(item)) for item in data]
    except (ValueError, TypeError) as exc:
        raise NapError(code, path=str(path), reason=_first_line(exc)) from None


def _texts(value: Any) -> Any:
    # YAML reads codes such as 1.2 as numbers; the model wants text.
    if isinstance(value, dict):
        return {str(k): _texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_texts(v) for v in value]
    return value if value is None or isinstance(value, str) else str(value)


def create_hub_kit(
    session: Session,
    *,
    form_texts: list[str] | None = None,
    indicators: list[CommonIndicator] | None = None,
    raw_requests: list[str] | None = None,
    threshold: int | None = None,
    backup_recipient: str | None = None,
    name: str | None = None,
    today: str,
) -> bytes:
    """Build and sign the hub's kit; return its file bytes (hub).

    ``form_texts`` default to the hub's installed questionnaires (a hub kit
    may carry none). A raw-count request for a ``sensitivity: high``
    questionnaire is refused (HUB_KIT_RAW_HIGH); an indicator of the common
    set naming a carried form's indicator that does not exist is refused
    (HUB_INDICATORS_FILE).
    """
    vault = session.require_role("hub")
    texts = active_form_texts(vault) if form_texts is None else form_texts
    forms = {f.form_id: f for f in (load_form_text(t, f"form {i + 1}").form for i, t in enumerate(texts))}
    requests = sorted(set(raw_requests or []))
    for form_id in requests:
        if form_id in forms and forms[form_id].is_high:
            raise NapError(ErrorCode.HUB_KIT_RAW_HIGH, form_id=form_id)
    for item in indicators or []:
        form = forms.get(item.form_id)
        if form is not None and item.indicator not in {i.name for i in form.indicators}:
            raise NapError(ErrorCode.HUB_INDICATORS_FILE, path=f"{item.scheme} {item.code}",
                           reason=f"form '{item.form_id}' has no indicator '{item.indicator}'")
    low = DEFAULT_THRESHOLD if threshold is None else threshold
    if low < MINIMUM_THRESHOLD:
        raise NapError(ErrorCode.PRIVACY_THRESHOLD, value=low, minimum=MINIMUM_THRESHOLD)
    if low > MAXIMUM_THRESHOLD:
        raise NapError(ErrorCode.PRIVACY_THRESHOLD_MAX, value=low, maximum=MAXIMUM_THRESHOLD)
    if backup_recipient is not None and not re.fullmatch(AGE_RECIPIENT_PATTERN, backup_recipient):
        raise NapError(ErrorCode.KIT_BAD_RECIPIENT)
    hub_name = name or str(session.get_setting(NAME_SETTING, DEFAULT_NAME))
    serial = int(session.get_setting(KIT_SERIAL_SETTING, 0)) + 1
    kit = HubKit(
        format_version=DOCUMENT_FORMAT_VERSION, kit_serial=serial, created_day=today, hub_name=hub_name,
        hub_signing_key=b64(vault.signing_public_key), hub_box_key=b64(vault.box_public_key),
        hub_fingerprint=vault.fingerprint, backup_recipient=backup_recipient, forms=texts,
        indicators=list(indicators or []), raw_requests=requests, disclosure=HubDisclosure(threshold=low),
    )
    data = sign_document("hub-kit", kit, bytes(vault.signing_key()))
    with vault.transaction():
        session.put_setting(KIT_SERIAL_SETTING, serial)
        session.put_setting(NAME_SETTING, hub_name)
        session.put_setting(RULES_SETTING, {"raw_requests": requests, "threshold": low})
        session.put_setting(INDICATORS_SETTING, [i.model_dump() for i in kit.indicators])
        log_event(vault, "kit_created", f"hub kit {serial}, {len(texts)} form(s), raw counts asked: {len(requests)}",
                  data={"kit_serial": serial, "forms": len(texts), "raw_requests": len(requests)})
    return data


@dataclass(frozen=True)
class HubKitWritten:
    """What :func:`write_hub_kit` wrote, the fingerprint and the enrollment code the hub reads aloud."""

    path: Path
    fingerprint: str
    kit_serial: int
    code: str | None = None


def write_hub_kit(
    session: Session, out: Path, *, today: str, devices: Sequence[str] | None = None, **options: Any
) -> HubKitWritten:
    """Create the hub's kit (see :func:`create_hub_kit`), seal it and write it to ``out`` (0600, read back).

    Sealed as a coordinator's kit is (:func:`napsurvey.services.enrollment.seal_kit`): to a fresh
    enrollment code, or to the approved members ``devices`` when given (a kit update).
    ``out`` may be a folder (a neutral name is chosen).
    """
    kit = enrollment.seal_kit(session, create_hub_kit(session, today=today, **options), devices=devices)
    target = document_target(out, today)
    write_verified(target, kit.data)
    return HubKitWritten(target, session.fingerprint, int(session.get_setting(KIT_SERIAL_SETTING, 1)), kit.code)


def verify_hub_kit(data: bytes, path: str) -> tuple[HubKit, bytes, list[tuple[Form, str]]]:
    """Check a hub kit's signature and content; return it, its signer and its parsed questionnaires.

    As for a coordinator's kit, the hub's fingerprint is computed from the key
    that signed it; a kit claiming another is refused (KIT_FINGERPRINT_MISMATCH).
    """
    kit, signer = read_document("hub-kit", data, HubKit, path=path)
    if unb64(kit.hub_signing_key, 32) != signer:
        raise NapError(ErrorCode.KIT_BAD, path=path, reason="signed by a key other than the one it names")
    if key_fingerprint(signer) != kit.hub_fingerprint:
        raise NapError(ErrorCode.KIT_FINGERPRINT_MISMATCH, path=path)
    forms: list[tuple[Form, str]] = []
    for index, text in enumerate(kit.forms):
        try:
            forms.append((load_form_text(text, f"form {index + 1}").form, text))
        except NapError as exc:
            raise NapError(ErrorCode.KIT_BAD, path=path, reason=f"form {index + 1}: {exc.code.name}") from None
    for form, _ in forms:
        if form.is_high and form.form_id in kit.raw_requests:
            raise NapError(ErrorCode.KIT_BAD, path=path, reason=f"asks raw counts of high-sensitivity form {form.form_id}")
    return kit, signer, forms


@dataclass(frozen=True)
class JoinedHub:
    """What joining a hub did."""

    fingerprint: str
    hub_fingerprint: str
    hub_name: str
    kit_serial: int
    forms: list[tuple[str, str]]
    raw_requests: list[str]
    replaced: bool


def join_hub(session: Session, data: bytes, *, path: str, today: str, code: str | None = None) -> JoinedHub:
    """Open, verify and accept a hub's kit file (coordinator); a refused kit is logged with its code and file name.

    The file is opened as a coordinator's kit is (:func:`napsurvey.services.enrollment.open_kit`:
    KIT_NOT_SEALED, KIT_NEEDS_CODE, KIT_WRONG_CODE, KIT_NOT_FOR_THIS_DEVICE).
    The first kit pins the hub's key; a later one must come from the same hub
    (HUB_KIT_OTHER_HUB) and be newer (KIT_OLDER). Its questionnaires are
    installed; nothing is sent until the coordinator exports.
    """
    vault = session.require_role("coordinator")
    try:
        kit, signer, forms = verify_hub_kit(enrollment.open_kit(session, data, path=path, code=code), path)
        with vault.transaction() as conn:
            current = hub_store.membership(conn)
            if current is not None:
                if current.hub_signing_key != signer:
                    raise NapError(ErrorCode.HUB_KIT_OTHER_HUB, path=path)
                if kit.kit_serial < current.kit.kit_serial or (
                    kit.kit_serial == current.kit.kit_serial and kit != current.kit):
                    raise NapError(ErrorCode.KIT_OLDER, path=path)
            for _form, text in forms:
                install_form(vault, text, "kit")  # nested: a savepoint inside this transaction
            hub_store.save_membership(conn, kit, signer, today)
            log_event(vault, "enrolled", f"hub kit {kit.kit_serial} from {kit.hub_fingerprint}",
                      data={"kit_serial": kit.kit_serial, "hub": kit.hub_fingerprint})
    except NapError as exc:
        log_refusal(vault, "kit_refused", exc, file=path)
        raise
    return JoinedHub(fingerprint=vault.fingerprint, hub_fingerprint=key_fingerprint(signer), hub_name=kit.hub_name,
                     kit_serial=kit.kit_serial, forms=[(f.form_id, f.version) for f, _ in forms],
                     raw_requests=list(kit.raw_requests), replaced=current is not None)
