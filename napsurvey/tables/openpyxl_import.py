"""Importing openpyxl without numpy, in a command that runs on one thread.

openpyxl imports numpy, if it is installed, only to accept numpy numbers as
cell values; the tables hold plain integers and texts. numpy is installed here
(the perturbation table is built with it), and importing it added about a
tenth of a second of CPU to every ``napsurvey tables --format xlsx``. Hiding
it while openpyxl loads is only safe when no other thread could import numpy
in that moment, so it is done only in a process with one thread and no Qt.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator


def _alone() -> bool:
    return (threading.current_thread() is threading.main_thread() and threading.active_count() == 1
            and "PySide6" not in sys.modules)


@contextlib.contextmanager
def numpy_hidden() -> Iterator[None]:
    """Within the block ``import numpy`` fails, when the process is single-threaded and numpy not loaded yet."""
    if "numpy" in sys.modules or "openpyxl" in sys.modules or not _alone():
        yield
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # None in sys.modules: the import raises ImportError
    try:
        yield
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]
