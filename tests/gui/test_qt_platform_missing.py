"""Finding 7: when Qt cannot open a window, the app says in one line what to install; it never aborts.

On a fresh Debian 12 the README's install line ended in SIGABRT before any
window: Qt's xcb plugin needs libxcb-cursor0 (and libxcb-icccm4,
libxcb-keysyms1), which nothing mentioned.

The missing library is reproduced for real: the app runs on a copy of the Qt
package made of links to the installed one, except for an xcb plugin that
asks for a library no system has, so Qt itself fails to load it exactly as it
does on a machine without libxcb-cursor0.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
CI = ROOT / ".ci" / "run"
NEEDED = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb platform is Linux's")


def _link_tree(src: Path, dst: Path, keep: str) -> None:
    dst.mkdir(parents=True)
    for entry in src.iterdir():
        if entry.name != keep:
            (dst / entry.name).symlink_to(entry)


def _qt_without_cursor_library(root: Path) -> Path:
    """A PySide6 made of links to the real one, whose xcb plugin needs a library that does not exist."""
    real = Path(PySide6.__file__).resolve().parent
    fake = root / "PySide6"
    _link_tree(real, fake, "Qt")
    _link_tree(real / "Qt", fake / "Qt", "plugins")
    _link_tree(real / "Qt" / "plugins", fake / "Qt" / "plugins", "platforms")
    _link_tree(real / "Qt" / "plugins" / "platforms", fake / "Qt" / "plugins" / "platforms", "libqxcb.so")
    plugin = (real / "Qt" / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    needed = b"libxcb-cursor.so.0\x00"
    assert needed in plugin, "the xcb plugin no longer links libxcb-cursor directly"
    (fake / "Qt" / "plugins" / "platforms" / "libqxcb.so").write_bytes(plugin.replace(needed, b"libxcb-cursor.so.9\x00"))
    return root


def _run_app(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "napsurvey", "--home", str(tmp_path / "home"), "gui"],
        env={**base, "QT_QPA_PLATFORM": "xcb", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_missing_xcb_library_is_named_with_its_package_in_one_line(tmp_path):
    fake = _qt_without_cursor_library(tmp_path / "qt")
    done = _run_app(tmp_path, {"PYTHONPATH": os.pathsep.join([str(fake), *sys.path])})
    assert done.returncode == 1, (done.returncode, done.stderr)  # not -6 (SIGABRT)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libxcb-cursor0" in lines[0] and "apt install" in lines[0]


def test_no_display_is_said_in_one_line_instead_of_aborting(tmp_path):
    done = _run_app(tmp_path, {})
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "display" in lines[0].lower()
    assert "Aborted" not in done.stderr and "Reinstalling" not in done.stderr


def test_a_display_that_cannot_be_reached_is_said_in_one_line(tmp_path):
    # DISPLAY is set, so nothing is wrong before Qt starts: Qt's own fatal error is turned into the line.
    done = _run_app(tmp_path, {"DISPLAY": ":97"})
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert ":97" in lines[0] and "display" in lines[0]


def _apt_packages(text: str) -> set[str]:
    found: set[str] = set()
    for line in text.splitlines():
        match = re.search(r"apt(?:-get)? install (?:-y )?(?:-qq )?(.*)", line)
        if match:
            found |= {word for word in match.group(1).split() if re.fullmatch(r"lib[a-z0-9.+-]+", word)}
    return found


def test_the_readme_names_the_system_packages_and_ci_installs_them():
    from napsurvey.gui.platform_check import SYSTEM_PACKAGES

    readme = _apt_packages(README.read_text(encoding="utf-8"))
    assert set(NEEDED) <= readme
    assert set(SYSTEM_PACKAGES) == readme, "the README's apt line and the app's own list must agree"
    assert set(SYSTEM_PACKAGES) <= _apt_packages(CI.read_text(encoding="utf-8")) | _ci_package_list()


def _ci_package_list() -> set[str]:
    # .ci/run may keep the list in a variable: PACKAGES="..."
    text = CI.read_text(encoding="utf-8")
    found: set[str] = set()
    for match in re.finditer(r'^[A-Z_]+="([^"]*)"', text, re.MULTILINE):
        found |= set(match.group(1).split())
    return found
