"""Signed documents: enrollment kits, device cards and receipts.

A document file is one line of canonical JSON::

    {"format":"napsurvey-kit","payload":{...},"signature":"<b64>","signer":"<b64>","version":1}

The Ed25519 signature covers a domain-separated message,
``b"napsurvey/<kind>/v1\\x00" || canonical(payload)``, so a signature made for
a card can never be replayed as a kit or a receipt. Documents are not
encrypted; what they prove is *who* made them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, TypeVar

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey
from pydantic import BaseModel, ValidationError

from napsurvey.bundle.canonical import NotCanonical, canonical_bytes, parse_json_object
from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, DeviceCard, Kit, Receipt
from napsurvey.bundle.keys import b64, unb64
from napsurvey.errors import ErrorCode, NapError

Kind = Literal["kit", "card", "receipt", "hub-kit"]
M = TypeVar("M", bound=BaseModel)

_MODELS: dict[str, type[BaseModel]] = {"kit": Kit, "card": DeviceCard, "receipt": Receipt}
# A hub's kit is its own kind (its own signature domain): a monitor can never take it for a coordinator's.
_BAD = {"kit": ErrorCode.KIT_BAD, "card": ErrorCode.CARD_BAD, "receipt": ErrorCode.RECEIPT_BAD, "hub-kit": ErrorCode.KIT_BAD}
_BAD_SIG = {"kit": ErrorCode.KIT_BAD_SIGNATURE, "card": ErrorCode.CARD_BAD, "receipt": ErrorCode.RECEIPT_BAD_SIGNATURE,
            "hub-kit": ErrorCode.KIT_BAD_SIGNATURE}
#: Documents larger than this are refused before parsing (a kit with many forms stays far below).
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


def _message(kind: Kind, payload: bytes) -> bytes:
    return b"napsurvey/" + kind.encode("ascii") + b"/v1\x00" + payload


def sign_document(kind: Kind, model: BaseModel, signing_key: bytes) -> bytes:
    """The file bytes of ``model`` signed by ``signing_key`` (32-byte Ed25519 seed)."""
    payload = model.model_dump(mode="json")
    key = SigningKey(signing_key)
    signature = key.sign(_message(kind, canonical_bytes(payload))).signature
    doc = {
        "format": f"napsurvey-{kind}",
        "version": DOCUMENT_FORMAT_VERSION,
        "signer": b64(bytes(key.verify_key)),
        "signature": b64(signature),
        "payload": payload,
    }
    return canonical_bytes(doc) + b"\n"


def read_document(kind: Kind, data: bytes, model: type[M], *, path: str) -> tuple[M, bytes]:
    """Verify and parse a document; return the model and the signer's public key.

    The signature is checked against the key named in the file; callers then
    decide whether that key is the one they trust.
    """
    bad = _BAD[kind]
    if len(data) > MAX_DOCUMENT_BYTES:
        raise NapError(bad, path=path, reason="file too large")
    try:
        doc = parse_json_object(data)
    except ValueError:
        raise NapError(bad, path=path, reason="not a signed document") from None
    if doc.get("format") != f"napsurvey-{kind}":
        raise NapError(bad, path=path, reason=f"not a {kind} file")
    if doc.get("version") != DOCUMENT_FORMAT_VERSION:
        raise NapError(bad, path=path, reason=f"unsupported version {doc.get('version')!r}")
    payload = doc.get("payload")
    signer_text = doc.get("signer")
    sig_text = doc.get("signature")
    if not isinstance(payload, dict) or not isinstance(signer_text, str) or not isinstance(sig_text, str):
        raise NapError(bad, path=path, reason="missing payload or signature")
    try:
        signer = unb64(signer_text, 32)
        signature = unb64(sig_text, 64)
    except ValueError:
        raise NapError(bad, path=path, reason="malformed key or signature") from None
    try:
        VerifyKey(signer).verify(_message(kind, canonical_bytes(payload)), signature)
    except (BadSignatureError, NotCanonical, ValueError):
        raise NapError(_BAD_SIG[kind], path=path, reason="the signature does not verify") from None
    try:
        parsed = model.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise NapError(bad, path=path, reason=f"{where}: {first.get('msg', 'invalid')}") from None
    return parsed, signer


def read_document_file(kind: Kind, path: Path, model: type[M]) -> tuple[M, bytes]:
    """:func:`read_document` on a file, with unreadable files as a coded error."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise NapError(ErrorCode.IO_ERROR, action="read", path=str(path), reason=exc.strerror or "error") from None
    return read_document(kind, data, model, path=str(path))
