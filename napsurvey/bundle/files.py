"""Finding bundle files on a stick: the files of a folder and of its subfolders, one level down."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from napsurvey.bundle.envelope import AGE_MAGIC

#: A bundle is an age file for X25519 recipients (kits, cards and other files are not).
_STANZA = b"-> X25519 "


def looks_like_bundle(path: Path) -> bool:
    """True when the file starts like a sealed bundle (read: the first line or two, never more)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(AGE_MAGIC) + len(_STANZA))
    except OSError:
        return False
    return head.startswith(AGE_MAGIC) and head[len(AGE_MAGIC):] == _STANZA


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
