"""The sealed bundle container: signed inside, encrypted with age, integrity trailer outside.

File layout (see docs/bundle-format.md)::

    age ciphertext (X25519 recipients: coordinator [+ backup])
    marker (64 bytes): ephemeral X25519 public key || HMAC-SHA256 tag
    trailer: u64 big-endian length of the age ciphertext || SHA-256(age ciphertext || marker)

The marker says "made for you" to the coordinator and to nobody else: its tag
is keyed with X25519(ephemeral, coordinator). It lets the coordinator tell a
bundle whose age header was altered (the marker is ours, age finds no
matching key: *tampered*) from one made for another coordinator (*not for
us*); the trailer alone cannot, since anyone can recompute an unkeyed hash.
It is fresh per file, so it links nothing. Containers without a marker
(earlier versions) are still read.

Inside the age encryption, the frame::

    b"NAPSB1" | u16 format version | u32 body length | body | Ed25519 signature (64)

``body`` is the canonical JSON of ``{"manifest": ..., "tables": ...}``. The
signature covers ``b"napsurvey/bundle/v1\\x00" || sha256(body) ||
sha256(recipient fingerprint) || prev_hash`` (32 zero bytes for a device's first
bundle). The trailer reveals nothing (a length anyone can see and a hash of
ciphertext); it lets the reader tell a truncated file from an altered one
before any decryption. The monitor encrypts only to the coordinator's
recipients, so it cannot read its own bundle back.

The same container carries a coordinator's *upward* bundle to its hub
(:mod:`napsurvey.bundle.upward`): a :class:`BundleKind` names the frame magic,
the signature domain, the format version and the body model of each kind, so
one kind can never be read, or its signature replayed, as the other. The
default kind everywhere is the monitor's bundle (:data:`MONITOR_BUNDLE`).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

import pyrage
from nacl.bindings import crypto_scalarmult
from nacl.exceptions import BadSignatureError
from nacl.public import PrivateKey
from nacl.signing import SigningKey, VerifyKey
from pydantic import ValidationError

from napsurvey.bundle.canonical import (
    canonical_bytes,
    canonical_hash,
    canonical_json_bytes,
    parse_json_object,
    sha256,
    sha256_hex,
)
from napsurvey.bundle.formats import BUNDLE_FORMAT_VERSION, READABLE_BUNDLE_VERSIONS, BundleBody, SealedBody
from napsurvey.bundle.keys import recipients_fingerprint
from napsurvey.errors import ErrorCode, NapError

AGE_MAGIC = b"age-encryption.org/v1\n"
FRAME_MAGIC = b"NAPSB1"
SIGNATURE_DOMAIN = b"napsurvey/bundle/v1\x00"
TRAILER_SIZE = 8 + 32
MARKER_SIZE = 32 + 32
MARKER_DOMAIN = b"napsurvey/bundle-for/v1\x00"
_FRAME_HEAD = struct.Struct(">6sHI")
#: Bundles larger than this are refused unread (a year of counts is far below).
MAX_BUNDLE_BYTES = 64 * 1024 * 1024

SignerResolver = Callable[[str], bytes | None]
"""Maps a device id to its approved Ed25519 public key, or None if not approved."""

BodyT = TypeVar("BodyT", bound=SealedBody)


@dataclass(frozen=True)
class BundleKind(Generic[BodyT]):
    """One kind of sealed bundle: how its frame starts, what its signature says, what its body is."""

    name: str
    frame_magic: bytes  # 6 bytes
    signature_domain: bytes
    format_version: int
    body_model: type[BodyT]
    #: The versions of this kind a reader accepts (the one it writes, and earlier ones it still reads);
    #: empty: the one it writes only.
    readable_versions: tuple[int, ...] = ()
    #: The body must be sent as canonical JSON, and its content hash is that of the bytes signed.
    canonical_body: bool = False


#: A monitor's bundle of counts to its coordinator.
MONITOR_BUNDLE: BundleKind[BundleBody] = BundleKind(
    "bundle", FRAME_MAGIC, SIGNATURE_DOMAIN, BUNDLE_FORMAT_VERSION, BundleBody,
    readable_versions=tuple(READABLE_BUNDLE_VERSIONS),
)


@dataclass(frozen=True)
class Opened(Generic[BodyT]):
    """A bundle that decrypted, verified and validated."""

    body: BodyT
    content_hash: str  # hex sha256 of the canonical body: the bundle's identity across re-exports
    signer: bytes
    #: The body as parsed JSON (kinds with a canonical body keep it: their importers store parts of it as sent).
    document: dict[str, Any] = field(default_factory=dict)


def signature_message(
    body: bytes, recipient_fingerprint: str, prev_hash: str, domain: bytes = SIGNATURE_DOMAIN
) -> bytes:
    """The domain-separated message a device signs for a bundle (``domain``: the bundle kind's)."""
    prev = bytes.fromhex(prev_hash) if prev_hash else b"\x00" * 32
    return domain + sha256(body) + sha256(recipient_fingerprint.encode("ascii")) + prev


def build_frame(
    body: bytes, signature: bytes, format_version: int = BUNDLE_FORMAT_VERSION, magic: bytes = FRAME_MAGIC
) -> bytes:
    """The plaintext frame that goes inside the age encryption."""
    return _FRAME_HEAD.pack(magic, format_version, len(body)) + body + signature


def make_marker(box_public: bytes) -> bytes:
    """A fresh "made for you" marker that only the holder of ``box_public``'s private key can check."""
    ephemeral = PrivateKey.generate()
    shared = crypto_scalarmult(bytes(ephemeral), box_public)
    public = bytes(ephemeral.public_key)
    return public + hmac.new(shared, MARKER_DOMAIN + public, hashlib.sha256).digest()


def marker_is_for(marker: bytes, box_private: bytes) -> bool:
    """True when ``marker`` was made for the X25519 key pair of ``box_private``."""
    if len(marker) != MARKER_SIZE:
        return False
    public, tag = marker[:32], marker[32:]
    try:
        shared = crypto_scalarmult(box_private, public)
    except Exception:  # a low-order point: not a marker anyone made honestly  # noqa: BLE001
        return False
    return hmac.compare_digest(tag, hmac.new(shared, MARKER_DOMAIN + public, hashlib.sha256).digest())


def encrypt_frame(frame: bytes, recipients: Sequence[str], *, marker_for: bytes | None = None) -> bytes:
    """age-encrypt ``frame`` to ``recipients``, add the marker for ``marker_for`` (an X25519 key) and the trailer."""
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    ciphertext: bytes = pyrage.encrypt(frame, parsed)
    covered = ciphertext + (make_marker(marker_for) if marker_for is not None else b"")
    return covered + struct.pack(">Q", len(ciphertext)) + sha256(covered)


def seal(
    body: SealedBody,
    signing_key: bytes,
    recipients: Sequence[str],
    *,
    kind: BundleKind[Any] = MONITOR_BUNDLE,
    marker_for: bytes | None = None,
) -> bytes:
    """Sign ``body`` with the device key and encrypt it to ``recipients``; return the file bytes.

    ``body.manifest`` must already name exactly these recipients and the payload's hash;
    ``kind`` says which kind of bundle it is (the monitor's by default);
    ``marker_for`` is the recipient's X25519 public key (see the module docstring).
    """
    if not isinstance(body, kind.body_model):
        raise TypeError(f"a {kind.name} holds a {kind.body_model.__name__}")
    manifest = body.manifest
    if sorted(manifest.recipients) != sorted(recipients):
        raise ValueError("manifest recipients differ from the sealing recipients")
    if manifest.recipient_fingerprint != recipients_fingerprint(list(recipients)):
        raise ValueError("manifest recipient fingerprint is wrong")
    if manifest.tables_hash != canonical_hash(body.payload()):
        raise ValueError("manifest tables hash is wrong")
    raw = body_bytes(body)
    signature = SigningKey(signing_key).sign(
        signature_message(raw, manifest.recipient_fingerprint, manifest.prev_hash, kind.signature_domain)
    ).signature
    frame = build_frame(raw, signature, manifest.format_version, kind.frame_magic)
    return encrypt_frame(frame, recipients, marker_for=marker_for)


def body_bytes(body: SealedBody) -> bytes:
    """Canonical bytes of a bundle body."""
    return canonical_bytes(body.model_dump(mode="json", exclude_none=True))


def check_container(data: bytes, *, path: str) -> bytes:
    """Check the outer container; return the age ciphertext or raise a coded error (see :func:`split_container`)."""
    return split_container(data, path=path)[0]


def split_container(data: bytes, *, path: str) -> tuple[bytes, bytes | None]:
    """Check the outer container; return the age ciphertext and the marker (None in earlier containers).

    Distinguishes *not a bundle* (not our container at all), *truncated* (the
    file ends early) and *tampered* (same length, different bytes).
    """
    if len(data) > MAX_BUNDLE_BYTES:
        raise NapError(ErrorCode.BUNDLE_NOT_A_BUNDLE, path=path)
    has_magic = data.startswith(AGE_MAGIC)
    if len(data) < len(AGE_MAGIC) + TRAILER_SIZE:
        if data and AGE_MAGIC.startswith(data[: len(AGE_MAGIC)]):
            raise NapError(ErrorCode.BUNDLE_TRUNCATED, path=path)
        if has_magic:
            raise NapError(ErrorCode.BUNDLE_TRUNCATED, path=path)
        raise NapError(ErrorCode.BUNDLE_NOT_A_BUNDLE, path=path)
    covered, trailer = data[:-TRAILER_SIZE], data[-TRAILER_SIZE:]
    (declared,) = struct.unpack(">Q", trailer[:8])
    digest = trailer[8:]
    # The age file alone (earlier containers), or followed by a marker.
    length_ok = declared == len(covered) or (declared == len(covered) - MARKER_SIZE and declared >= len(AGE_MAGIC))
    hash_ok = sha256(covered) == digest
    if length_ok and hash_ok:
        if not has_magic:
            # An intact trailer over a foreign file: someone built it on purpose.
            raise NapError(ErrorCode.BUNDLE_NOT_A_BUNDLE, path=path)
        return covered[:declared], covered[declared:] or None
    if length_ok or hash_ok:
        # One of the two still matches, so the file has its full length: it was altered.
        raise NapError(ErrorCode.BUNDLE_TAMPERED, path=path)
    if not has_magic:
        raise NapError(ErrorCode.BUNDLE_NOT_A_BUNDLE, path=path)
    if declared > len(covered):
        raise NapError(ErrorCode.BUNDLE_TRUNCATED, path=path)
    # The trailer is gone or garbled and no length fits: cut short, or bytes appended.
    raise NapError(ErrorCode.BUNDLE_TRUNCATED, path=path)


def _device_id_of(doc: dict[str, Any]) -> str | None:
    manifest = doc.get("manifest")
    if isinstance(manifest, dict):
        device = manifest.get("device_id")
        if isinstance(device, str):
            return device
    return None


@overload
def open_sealed(
    data: bytes,
    identities: Sequence[Any],
    resolve_signer: SignerResolver,
    *,
    own_recipient: str,
    own_box_private: bytes | None = ...,
    path: str = ...,
) -> Opened[BundleBody]: ...


@overload
def open_sealed(
    data: bytes,
    identities: Sequence[Any],
    resolve_signer: SignerResolver,
    *,
    own_recipient: str,
    own_box_private: bytes | None = ...,
    path: str = ...,
    kind: BundleKind[BodyT],
) -> Opened[BodyT]: ...


def open_sealed(
    data: bytes,
    identities: Sequence[Any],
    resolve_signer: SignerResolver,
    *,
    own_recipient: str,
    own_box_private: bytes | None = None,
    path: str = "bundle",
    kind: BundleKind[Any] = MONITOR_BUNDLE,
) -> Opened[Any]:
    """Check, decrypt, verify and validate a bundle file of ``kind`` (the monitor's by default).

    ``identities`` are pyrage identities (the coordinator's, and a backup's);
    ``own_box_private`` is the coordinator's X25519 private key, to check the marker;
    ``resolve_signer`` gives the approved public key of a device id;
    ``own_recipient`` is this coordinator's ``age1…`` recipient, which the
    signed manifest must name. Every failure is a :class:`NapError` with a
    ``BUNDLE_*`` code; nothing is returned half-checked. A bundle of another
    kind is not a bundle of this one (BUNDLE_NOT_A_BUNDLE).
    """
    ciphertext, marker = split_container(data, path=path)
    for_us = None if marker is None or own_box_private is None else marker_is_for(marker, own_box_private)
    try:
        frame: bytes = pyrage.decrypt(ciphertext, list(identities))
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower() and not for_us:
            raise NapError(ErrorCode.BUNDLE_NOT_FOR_US, path=path) from None
        # Made for us (the marker says so) yet no key opens it: the header was altered.
        raise NapError(ErrorCode.BUNDLE_TAMPERED, path=path) from None
    except Exception:  # noqa: BLE001 - pyrage raises a few other kinds on malformed headers
        raise NapError(ErrorCode.BUNDLE_TAMPERED, path=path) from None
    if for_us is False:
        raise NapError(ErrorCode.BUNDLE_TAMPERED, path=path)  # it opens for us, but its marker was changed
    if len(frame) < _FRAME_HEAD.size or not frame.startswith(kind.frame_magic):
        raise NapError(ErrorCode.BUNDLE_NOT_A_BUNDLE, path=path)
    _magic, version, length = _FRAME_HEAD.unpack_from(frame)
    if version not in (kind.readable_versions or (kind.format_version,)):
        raise NapError(ErrorCode.BUNDLE_WRONG_VERSION, path=path, found=version, expected=kind.format_version)
    if len(frame) != _FRAME_HEAD.size + length + 64:
        # Authenticated by age, so not a transport error: a malformed frame.
        raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason="frame length")
    raw = frame[_FRAME_HEAD.size : _FRAME_HEAD.size + length]
    signature = frame[_FRAME_HEAD.size + length :]
    try:
        doc = parse_json_object(raw)
    except ValueError as exc:
        raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason=str(exc)[:80]) from None
    if kind.canonical_body and canonical_json_bytes(doc) != raw:
        raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason="the body is not canonical JSON")
    device_id = _device_id_of(doc)
    if device_id is None:
        raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason="no device id")
    signer = resolve_signer(device_id)
    if signer is None:
        raise NapError(ErrorCode.BUNDLE_UNKNOWN_DEVICE, path=path, fingerprint=device_id[:60])
    manifest = doc["manifest"]
    fingerprint = manifest.get("recipient_fingerprint")
    prev = manifest.get("prev_hash")
    if not isinstance(fingerprint, str) or not isinstance(prev, str):
        raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason="manifest")
    try:
        message = signature_message(raw, fingerprint, prev, kind.signature_domain)
    except ValueError:
        raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason="prev_hash") from None
    try:
        VerifyKey(signer).verify(message, signature)
    except (BadSignatureError, ValueError):
        raise NapError(ErrorCode.BUNDLE_BAD_SIGNATURE, path=path) from None
    try:
        body = kind.body_model.model_validate(doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise NapError(ErrorCode.BUNDLE_SCHEMA, path=path, reason=f"{where}: {first.get('msg', 'invalid')}"[:120]) from None
    if body.manifest.format_version != version:
        raise NapError(
            ErrorCode.BUNDLE_WRONG_VERSION,
            path=path,
            found=body.manifest.format_version,
            expected=kind.format_version,
        )
    if (
        own_recipient not in body.manifest.recipients
        or recipients_fingerprint(body.manifest.recipients) != body.manifest.recipient_fingerprint
    ):
        raise NapError(ErrorCode.BUNDLE_NOT_FOR_US, path=path)
    if kind.canonical_body:
        # What was signed is the identity: no re-serialising of the model (defaults would change the bytes).
        payload = {k: v for k, v in doc.items() if k != "manifest"}
        if sha256_hex(canonical_json_bytes(payload)) != body.manifest.tables_hash:
            raise NapError(ErrorCode.BUNDLE_TAMPERED, path=path)
        return Opened(body=body, content_hash=sha256_hex(raw), signer=signer, document=doc)
    if canonical_hash(body.payload()) != body.manifest.tables_hash:
        raise NapError(ErrorCode.BUNDLE_TAMPERED, path=path)
    return Opened(body=body, content_hash=sha256_hex(body_bytes(body)), signer=signer)
