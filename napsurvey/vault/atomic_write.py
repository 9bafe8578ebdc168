"""Write a file so that a crash leaves either the old or the new content.

temp file in the same folder -> write -> fsync -> rename over the target ->
fsync the folder (so the rename itself survives a power cut).
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from napsurvey.errors import ErrorCode, NapError


def fsync_dir(folder: Path) -> None:
    """fsync a folder so a rename inside it is durable (no-op where unsupported)."""
    if os.name == "nt":  # Windows cannot open a directory; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def writable_file(path: Path) -> Path:
    """``path`` if a file can be written there; FILE_IS_FOLDER or FOLDER_MISSING if not.

    Checked before any work, so a refusal costs nothing and writes nothing.
    """
    if path.is_dir():
        raise NapError(ErrorCode.FILE_IS_FOLDER, path=str(path))
    if not path.parent.is_dir():
        raise NapError(ErrorCode.FOLDER_MISSING, path=str(path))
    return path


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; never leaves a partial file."""
    folder = path.parent
    tmp = folder / f".{path.name}.tmp-{os.getpid()}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(folder)
    except BaseException as exc:  # Ctrl-C too: never leave the temp file behind
        with contextlib.suppress(OSError):
            tmp.unlink()
        if not isinstance(exc, OSError):
            raise
        name = path.name or str(path)  # "." has no name
        if exc.errno == errno.ENOSPC:
            raise NapError(ErrorCode.DISK_FULL, path=name) from None
        raise NapError(ErrorCode.IO_ERROR, action="write", path=name, reason=exc.strerror or "error") from None
