"""Where a command gets the passphrase, and opening the vault from arguments.

Order, for every command that opens the vault: ``--passphrase-file FILE``
(first line), else the ``NAPSURVEY_PASSPHRASE`` variable, else a hidden prompt
when standard input is a terminal, else ``VAULT_NO_PASSPHRASE``. A *new*
passphrase (``init`` takes the ordinary source; ``passphrase change`` and
``passphrase recover`` take ``--new-passphrase-file``, else
``NAPSURVEY_NEW_PASSPHRASE``, else a prompt asked twice).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from napsurvey.errors import ErrorCode, NapError
from napsurvey.paths import home_dir

if TYPE_CHECKING:
    from napsurvey.services.session import Session

PASSPHRASE_ENV = "NAPSURVEY_PASSPHRASE"
NEW_PASSPHRASE_ENV = "NAPSURVEY_NEW_PASSPHRASE"
MAX_SECRET_FILE = 64 * 1024


def home_from(args: argparse.Namespace) -> Path:
    """The home folder chosen by ``--home`` / NAPSURVEY_HOME / the platform default."""
    return home_dir(getattr(args, "home", None))


def read_secret_file(path: str) -> str:
    """First line of ``path`` without its line ending (the rest is ignored)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SECRET_FILE)
    except OSError as exc:
        raise NapError(ErrorCode.CLI_FILE, path=path, reason=exc.strerror or "cannot be read") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NapError(ErrorCode.CLI_FILE, path=path, reason="not UTF-8 text") from None
    line = text.split("\n", 1)[0].rstrip("\r")
    if not line:
        raise NapError(ErrorCode.VAULT_NO_PASSPHRASE)
    return line


def _prompt(prompt: str, *, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise NapError(ErrorCode.VAULT_NO_PASSPHRASE)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise NapError(ErrorCode.CLI_USAGE, reason="the two entries differ")
    if not first:
        raise NapError(ErrorCode.VAULT_NO_PASSPHRASE)
    return first


def _secret_from(args: argparse.Namespace, file_option: str, env: str, prompt: str, *, confirm: bool) -> str:
    """A secret from the file option, else the environment variable, else a prompt."""
    path = getattr(args, file_option, None)
    if path:
        return read_secret_file(path)
    value = os.environ.get(env)
    if value:
        return value
    return _prompt(prompt, confirm=confirm)


def passphrase_from(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Passphrase: ") -> str:
    """The passphrase from --passphrase-file, NAPSURVEY_PASSPHRASE or a prompt."""
    return _secret_from(args, "passphrase_file", PASSPHRASE_ENV, prompt, confirm=confirm)


def new_passphrase_from(args: argparse.Namespace) -> str:
    """The new passphrase from --new-passphrase-file, NAPSURVEY_NEW_PASSPHRASE or a prompt (twice)."""
    return _secret_from(args, "new_passphrase_file", NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)


def open_session(args: argparse.Namespace) -> Session:
    """Unlock the vault of ``--home`` with the passphrase from the usual sources."""
    from napsurvey.services.session import unlock, vault_exists  # noqa: PLC0415 - loaded when used (start-up time)

    home = home_from(args)
    if not vault_exists(home):
        raise NapError(ErrorCode.VAULT_NOT_FOUND)
    return unlock(home, passphrase_from(args))
