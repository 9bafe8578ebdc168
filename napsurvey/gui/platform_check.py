"""Before Qt opens the window: say in one line what is missing, instead of letting Qt abort.

On a fresh Linux install Qt's xcb plugin often lacks a few small system
libraries (``libxcb-cursor0`` first of all). Qt then prints four lines about
"reinstalling the application" and aborts with SIGABRT, which tells a monitor
nothing. Here the same libraries are loaded first, with no Qt involved; a
missing one is named with the Debian/Ubuntu package that provides it. What
cannot be foreseen (no display, a broken driver) is caught as Qt's fatal
message and said in one line too (:func:`quiet_qt_start`).

This module imports nothing of Qt at load time, so the launcher can run it
before the first Qt library is loaded.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: The Debian/Ubuntu packages the desktop app needs beyond a minimal system (the README lists the same).
SYSTEM_PACKAGES = (
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
)

#: Library name (without ".so.N") -> the package that provides it.
_PACKAGE_OF = {
    "libEGL": "libegl1",
    "libGL": "libgl1",
    "libfontconfig": "libfontconfig1",
    "libfreetype": "libfreetype6",
    "libglib-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libdbus-1": "libdbus-1-3",
    "libxkbcommon": "libxkbcommon0",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libX11": "libx11-6",
    "libX11-xcb": "libx11-xcb1",
    "libxcb": "libxcb1",
    "libxcb-cursor": "libxcb-cursor0",
    "libxcb-glx": "libxcb-glx0",
    "libxcb-icccm": "libxcb-icccm4",
    "libxcb-image": "libxcb-image0",
    "libxcb-keysyms": "libxcb-keysyms1",
    "libxcb-randr": "libxcb-randr0",
    "libxcb-render": "libxcb-render0",
    "libxcb-render-util": "libxcb-render-util0",
    "libxcb-shape": "libxcb-shape0",
    "libxcb-shm": "libxcb-shm0",
    "libxcb-sync": "libxcb-sync1",
    "libxcb-util": "libxcb-util1",
    "libxcb-xfixes": "libxcb-xfixes0",
    "libxcb-xkb": "libxcb-xkb1",
}
_MISSING = re.compile(r"(lib[^\s:/]+?)\.so(?:\.\d+)*: cannot open shared object file")
_PREFIX = "napsurvey: the window cannot open:"
#: The Qt libraries the app loads, in load order (a missing system library shows on the first).
_QT_LIBRARIES = ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6DBus.so.6")


def _qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def _load_error(path: Path) -> str | None:
    """Why the dynamic loader cannot load ``path`` (None when it can)."""
    try:
        ctypes.CDLL(str(path), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        return str(exc)
    return None


def missing_library_line(error: str) -> str | None:
    """One line naming the package for a loader error that names a missing library, else None."""
    match = _MISSING.search(error)
    if match is None:
        return None
    stem = match.group(1)
    library = error[match.start(1) : error.index(":", match.start(1))]
    package = _PACKAGE_OF.get(stem)
    if package is None:
        return f"{_PREFIX} the system library {library} is missing; install the package that provides it."
    return (
        f"{_PREFIX} the system library {library} is missing; on Debian or Ubuntu: "
        f"sudo apt install {package} (the README lists every package the app needs)."
    )


def _platforms(environ: Mapping[str, str]) -> list[str]:
    wanted = environ.get("QT_QPA_PLATFORM", "")
    return [name.split(":")[0] for name in wanted.split(";") if name] if wanted else []


def _plugin_candidates(qt_dir: Path, environ: Mapping[str, str]) -> Iterator[Path]:
    # Where Qt looks for the xcb plugin, in its order: the platform plugin path, then the plugin paths.
    explicit = environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if explicit:
        yield Path(explicit) / "libqxcb.so"
    for folder in filter(None, environ.get("QT_PLUGIN_PATH", "").split(os.pathsep)):
        yield Path(folder) / "platforms" / "libqxcb.so"
    yield qt_dir / "plugins" / "platforms" / "libqxcb.so"


def platform_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """One line saying what to install or do before a window can open, or None when nothing is known wrong."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    qt_dir = _qt_dir()
    if qt_dir is None:
        return None
    for name in _QT_LIBRARIES:
        error = _load_error(qt_dir / "lib" / name) if (qt_dir / "lib" / name).exists() else None
        line = missing_library_line(error) if error else None
        if line:
            return line
    platforms = _platforms(env)
    uses_xcb = platforms[:1] == ["xcb"] or (not platforms and not env.get("WAYLAND_DISPLAY"))
    if not uses_xcb:
        return None  # offscreen, wayland, ...: Qt's own check stands, caught by quiet_qt_start
    errors = [_load_error(path) for path in _plugin_candidates(qt_dir, env) if path.exists()]
    if errors and all(errors):
        line = next((missing_library_line(e) for e in errors if e and missing_library_line(e)), None)
        if line:
            return line
    if not env.get("DISPLAY"):
        return f"{_PREFIX} no display was found (DISPLAY is not set); start the app from a desktop session."
    return None


def _fatal_line(messages: list[str]) -> str:
    text = " ".join(messages)
    if "could not connect to display" in text:
        display = os.environ.get("DISPLAY", "")
        return f"{_PREFIX} the display {display} could not be reached; start the app from a desktop session."
    line = missing_library_line(text)
    if line:
        return line
    return f"{_PREFIX} Qt found no usable platform plugin; see the README's list of system packages."


@contextmanager
def quiet_qt_start(exit_now: Callable[[int], Any] = os._exit) -> Iterator[None]:
    """While the QApplication is made: Qt's start-up chatter is held back, a fatal error becomes one line.

    Qt calls the message handler, then aborts; the handler prints the line
    and ends the process first, with exit code 1.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: PLC0415 - the module itself loads no Qt

    held: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            print(_fatal_line([*held, message]), file=sys.stderr, flush=True)
            exit_now(1)
        held.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for message in held:  # not fatal after all: say them as Qt would have
            print(message, file=sys.stderr)
