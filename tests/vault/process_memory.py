"""Search another process's memory for secrets (Linux: ``/proc/PID/maps`` and ``/proc/PID/mem``).

The scan runs in the *parent*, so the needles it builds never enter the memory
being searched. The child must be a descendant and must not have made itself
non-dumpable (the app's hardening does that; these tests drive the library
without it, which is the harder case for the library).
"""

from __future__ import annotations

import sys
from pathlib import Path

SKIP = ("[vvar]", "[vsyscall]", "[vvar_vclock]")


def available() -> bool:
    """True where ``/proc/PID/mem`` exists."""
    return sys.platform.startswith("linux") and Path("/proc/self/mem").exists()


def regions(pid: int) -> list[tuple[int, int, str]]:
    """Readable mappings of ``pid``: (start, end, name)."""
    out = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        start, end = (int(x, 16) for x in parts[0].split("-"))
        perms, name = parts[1], parts[5] if len(parts) > 5 else ""
        if "r" in perms and name not in SKIP:
            out.append((start, end, name))
    return out


def find(pid: int, needles: dict[str, bytes]) -> dict[str, list[str]]:
    """Label -> mappings (name@address) where that needle occurs in ``pid``'s memory."""
    hits: dict[str, list[str]] = {}
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, name in regions(pid):
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            for label, needle in needles.items():
                at = data.find(needle)
                if at >= 0:
                    hits.setdefault(label, []).append(f"{name or 'anon'}@{start + at:#x}")
    return hits


def needles_for(passphrase: str, key: bytes) -> dict[str, bytes]:
    """Every form in which the passphrase or the data key could sit in memory."""
    hexed = key.hex()
    return {
        "passphrase utf-8": passphrase.encode("utf-8"),
        "passphrase utf-16": passphrase.encode("utf-16-le"),
        "passphrase utf-32": passphrase.encode("utf-32-le"),
        "key hex": hexed.encode("ascii"),
        "key HEX": hexed.upper().encode("ascii"),
        "key hex utf-16": hexed.encode("utf-16-le"),
        "key bytes": key,
    }
