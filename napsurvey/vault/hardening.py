"""Keep secrets out of crash dumps.

:func:`harden_process` sets the core-file limit to zero and, on Linux, marks
the process non-dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which also stops
other processes of the same user from reading its memory through ptrace or
``/proc``. The CLI and the GUI call it first thing. Best effort: a platform
without these calls is not an error.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True) if name else ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def harden_process() -> dict[str, bool]:
    """Disable core dumps (and ptrace/dumpability on Linux); report what took effect."""
    done = {"no_core_dumps": False, "not_dumpable": False}
    try:
        import resource  # noqa: PLC0415  (POSIX only)

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done["no_core_dumps"] = True
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None:
            done["not_dumpable"] = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    return done


def is_dumpable() -> bool | None:
    """Linux only: whether the process may be dumped (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
