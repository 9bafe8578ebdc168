"""The Qt binding must not leak references: PySide6 6.12.0 dropped a reference to None
on every call returning nothing and aborted the app after a few thousand calls."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import PySide6
from PySide6.QtWidgets import QApplication, QWidget

_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_the_installed_binding_is_inside_the_pinned_range() -> None:
    """On every Python: the release that leaks is outside the pin, and the pin is what is installed."""
    pins = [d for d in tomllib.loads(_PYPROJECT.read_text("utf-8"))["project"]["dependencies"]
            if d.startswith("PySide6")]
    assert pins, "pyproject.toml pins PySide6"
    low, high = re.search(r">=([\d.]+),<([\d.]+)", pins[0]).groups()  # type: ignore[union-attr]
    assert _version(high) <= (6, 12, 0), "6.12.0 leaks a reference on every void call"
    installed = _version(PySide6.__version__)
    assert _version(low) <= installed < _version(high), PySide6.__version__


def test_void_qt_calls_keep_the_reference_count_of_an_object_they_return_nothing_for(qapp: QApplication) -> None:
    """The leak itself. None is immortal from Python 3.12 on (its count never moves), so the count of a
    mortal object passed through the same kind of call is watched as well."""
    widget = QWidget()
    before_none = sys.getrefcount(None)
    owner = QWidget()
    before_owner = sys.getrefcount(owner)
    for _ in range(2000):
        widget.update()
        widget.setParent(owner)  # a void call taking a Python object
    assert sys.getrefcount(None) - before_none >= -10
    assert abs(sys.getrefcount(owner) - before_owner) <= 10
    widget.setParent(None)
