"""Finding bundle files on a stick: the files of a folder and of its subfolders, one level down."""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from napsurvey.bundle.envelope import AGE_MAGIC, TRAILER_SIZE

#: A bundle is an age file for X25519 recipients (a kit sealed to an enrollment code is not).
_STANZA = b"-> X25519 "
#: The name export gives a bundle: ``notes-2026-11-23-7f3a.dat``.
_BUNDLE_NAME = re.compile(r"^notes-\d{4}-\d{2}-\d{2}-[0-9a-f]{4}\.dat$")
#: What may sit between the age ciphertext and the trailer (a "made for you" marker of 64 bytes, or nothing).
_BETWEEN = (0, 64)


def looks_like_bundle(path: Path) -> bool:
    """True when the file is made like a sealed bundle: read its first line or two and its last 40 bytes only.

    Kits, device cards and receipts are age files too, but a bundle ends with
    its own trailer (the length of what comes before it). A damaged bundle
    whose trailer is gone still counts when it has the name export gave it,
    so that it is reported rather than passed over; the neutral names given to
    kits, cards and receipts written into a folder are not that name.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(len(AGE_MAGIC) + len(_STANZA))
            if size < len(head) + TRAILER_SIZE:
                tail = b""
            else:
                fh.seek(size - TRAILER_SIZE)
                tail = fh.read(TRAILER_SIZE)
    except OSError:
        return False
    if not (head.startswith(AGE_MAGIC) and head[len(AGE_MAGIC):] == _STANZA):
        return False
    if _BUNDLE_NAME.match(path.name):
        return True
    if len(tail) != TRAILER_SIZE:
        return False
    (declared,) = struct.unpack(">Q", tail[:8])
    return any(declared == size - TRAILER_SIZE - extra for extra in _BETWEEN)


@dataclass
class Found:
    """The bundle files found, how many other files were passed over, and folders without a bundle."""

    files: list[Path] = field(default_factory=list)
    skipped: int = 0
    empty_folders: list[Path] = field(default_factory=list)
    _seen: set[Path] = field(default_factory=set, repr=False)

    def take(self, path: Path) -> None:
        """Add ``path`` unless the same file is already in."""
        key = path.resolve()
        if key not in self._seen:
            self._seen.add(key)
            self.files.append(path)

    def consider(self, entry: os.DirEntry[str]) -> None:
        """Take a folder's file if it looks like a bundle; count it as skipped otherwise."""
        if not entry.is_file():
            return
        path = Path(entry.path)
        if looks_like_bundle(path):
            self.take(path)
        else:
            self.skipped += 1


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            # Hidden entries are the system's (".Trashes", "._notes-…" from macOS), never a monitor's bundle.
            return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return []


def find_bundles(paths: Iterable[Path]) -> Found:
    """Expand folders into the bundle files they hold (one level of subfolders); files named stay as they are.

    A file named explicitly is always tried, so a damaged bundle is reported
    rather than passed over; inside folders only files that look like bundles
    are taken. The same file named twice is taken once.
    """
    found = Found()
    for path in paths:
        if not path.is_dir():
            found.take(path)
            continue
        before = len(found.files)
        for entry in _entries(path):
            if entry.is_dir(follow_symlinks=False):
                for inner in _entries(Path(entry.path)):
                    found.consider(inner)
            else:
                found.consider(entry)
        if len(found.files) == before:
            found.empty_folders.append(path)
    return found
