"""Decrypt every page of a SQLCipher 4 database and every frame of its write-ahead log.

What an attacker who has the laptop and the data key (a coerced passphrase)
can read: not only the rows SQL returns, but every page image on disk,
including the older versions of pages that a WAL keeps after they changed.

SQLCipher 4 with a raw key: 4096-byte pages, each encrypted with AES-256-CBC
under the raw key; the last 80 bytes of a page are reserved (16-byte IV, then
the HMAC-SHA512). Page 1 starts with the 16-byte salt in the clear. A WAL file
is a 32-byte header, then frames of a 24-byte header (page number first) and
one page image.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, number: int, key: bytes) -> bytes:
    start = 16 if number == 1 else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the main database file, decrypted."""
    data = path.read_bytes() if path.exists() else b""
    return [_decrypt(data[i : i + PAGE], i // PAGE + 1, key) for i in range(0, len(data) - PAGE + 1, PAGE)]


def wal_frames(path: Path, key: bytes) -> list[bytes]:
    """Every frame of a WAL file, decrypted, whether or not SQLite still considers it valid."""
    data = path.read_bytes() if path.exists() else b""
    frames = []
    for i in range(WAL_HEADER, len(data) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        number = int.from_bytes(data[i : i + 4], "big")
        image = data[i + FRAME_HEADER : i + FRAME_HEADER + PAGE]
        if number == 0 or image == bytes(PAGE):
            continue  # zeroed: nothing left to read
        frames.append(_decrypt(image, number, key))
    return frames


def everything(home: Path, key: bytes, db_name: str = "vault.db") -> list[bytes]:
    """Every decrypted page and WAL frame of the vault in ``home``."""
    return database_pages(home / db_name, key) + wal_frames(home / f"{db_name}-wal", key)


def holds(images: list[bytes], text: str) -> bool:
    """True when ``text`` (UTF-8 or UTF-16) is in any decrypted image."""
    needles = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return any(n in image for image in images for n in needles)
