"""Process hardening for the desktop app: no core dumps, no debugger attach."""

from __future__ import annotations

from napsurvey.services.process import harden_process as _harden


def harden_process() -> dict[str, bool]:
    """Turn core dumps off (RLIMIT_CORE=0, and PR_SET_DUMPABLE=0 on Linux); report what took effect."""
    return _harden()


def core_dumps_disabled() -> bool:
    """True when this process cannot write a core dump."""
    try:
        import resource  # noqa: PLC0415  (POSIX only)

        soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
        return soft == 0
    except ImportError:  # Windows writes no core files of this kind
        return True
