"""Where napsurvey keeps things: the home folder and the shipped resources.

The home folder holds one vault. It is chosen, in order, by ``--home DIR``,
the ``NAPSURVEY_HOME`` variable, or the platform's user data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "napsurvey"
#: Name of the default data folder: bland on purpose, since a laptop may be
#: searched at a checkpoint (the same neutral name as the window title).
DATA_FOLDER_NAME = "fieldnotes"
HOME_ENV = "NAPSURVEY_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent


def home_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the home folder (not created)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(DATA_FOLDER_NAME, appauthor=False))


def _shipped(name: str) -> Path:
    # An installed wheel carries forms/ and resources/ inside the package;
    # a source checkout (editable install, tests) has them at the top level.
    inside = _PACKAGE_DIR / "_shipped" / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def shipped_forms_dir() -> Path:
    """Folder of the questionnaires shipped with the app."""
    return _shipped("forms")


def resources_dir() -> Path:
    """Folder of icons, translations and report fonts."""
    return _shipped("resources")
