"""Run a script on a tiny real filesystem: a tmpfs mounted inside a user namespace (Linux).

No root and no loop device: ``unshare --user --map-root-user --mount`` gives
the child its own mount table, where it may mount a tmpfs of a few megabytes.
The script gets the mount point as ``sys.argv[1]`` and prints its findings.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path


@functools.cache
def available() -> bool:
    """True when this machine lets an ordinary process mount a private tmpfs."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True, check=False,
    )
    return probe.returncode == 0


def run(script: str, mount: Path, size_kb: int, *, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Mount a ``size_kb`` tmpfs at ``mount`` in a private namespace and run ``script`` there."""
    mount.mkdir(parents=True, exist_ok=True)
    shell = f'mount -t tmpfs -o size={size_kb}k tmpfs "$1" && shift && exec "$@"'
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", shell, "sh", str(mount),
         sys.executable, "-c", textwrap.dedent(script), str(mount)],
        capture_output=True, text=True, timeout=timeout, env=env, check=False,
    )


FILL = """
def fill(folder, leave_kb):
    '''Fill the filesystem of ``folder`` so that about ``leave_kb`` KiB stay free.'''
    import os
    path = os.path.join(folder, "filler")
    if os.path.exists(path):
        os.unlink(path)
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    size = max(0, free - leave_kb * 1024)
    with open(path, "wb") as out:
        block = b"\\0" * 4096
        while size > 0:
            try:
                out.write(block[: min(size, 4096)])
                out.flush()
            except OSError:
                break
            size -= 4096
"""
