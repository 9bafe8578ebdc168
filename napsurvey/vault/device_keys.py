"""The device's key pairs: public halves computed without leaving copies of the private ones.

PyNaCl's ``SigningKey`` keeps the seed and the 64-byte secret key as
immutable ``bytes`` (and frees a C copy unwiped), so opening the vault only to
learn its public keys would leave the device's private keys in memory after
Lock. Here libsodium writes into buffers we zero ourselves.
"""

from __future__ import annotations

from nacl._sodium import ffi, lib

from napsurvey.vault import memwipe


def public_keys(signing_seed: bytes, box_private: bytes) -> tuple[bytes, bytes]:
    """(Ed25519 public key, X25519 public key) of a device's 32-byte signing seed and box private key."""
    if len(signing_seed) != 32 or len(box_private) != 32:
        raise ValueError("device keys must be 32 bytes")
    signing_public = bytearray(32)
    secret = bytearray(64)
    box_public = bytearray(32)
    try:
        if lib.crypto_sign_seed_keypair(ffi.from_buffer(signing_public), ffi.from_buffer(secret), signing_seed) != 0:
            raise ValueError("bad signing seed")
        if lib.crypto_scalarmult_base(ffi.from_buffer(box_public), box_private) != 0:
            raise ValueError("bad box key")
        return bytes(signing_public), bytes(box_public)
    finally:
        memwipe.wipe(secret)
