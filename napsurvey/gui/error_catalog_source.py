"""Writes :mod:`napsurvey.gui.error_catalog` from :class:`napsurvey.errors.ErrorCode`.

The translation tools read literal strings only, so the catalogue spells out
every template the app may show; this module generates it, so the enum stays
the one source. After adding or rewording a code::

    python -m napsurvey.gui.error_catalog_source     # rewrite napsurvey/gui/error_catalog.py

then extract, translate and compile as ``resources/translations/README.md``
says. ``tests/gui/test_error_messages.py`` fails while the file is stale or a
catalogue lacks a translation.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from napsurvey.errors import ErrorCode

#: Codes the desktop app never shows, and why (they keep their English template).
EXCLUDED: dict[ErrorCode, str] = {
    ErrorCode.CLI_USAGE: "a command-line usage mistake; the template is its reason alone, with no words to translate",
    ErrorCode.CLI_FILE: "the template is '{path}: {reason}' alone; the reason comes with the error, in English",
    ErrorCode.CLI_INTERRUPTED: "Ctrl-C in a terminal",
    ErrorCode.VAULT_NO_PASSPHRASE: "names command-line options; the app always asks in its own field",
    ErrorCode.BACKENTRY_PAPER_ID: "back-entry of paper questionnaires is a command-line use (napsurvey interview --answers)",
    ErrorCode.BACKENTRY_DUPLICATE: "back-entry of paper questionnaires is a command-line use (napsurvey interview --answers)",
    ErrorCode.BACKENTRY_WORKER: "back-entry of paper questionnaires is a command-line use (napsurvey interview --answers)",
}

CATALOGUE_FILE = Path(__file__).with_name("error_catalog.py")
_WIDTH = 120

_HEAD = '''"""Every coded refusal the desktop app can show, marked for translation.

Generated from :class:`napsurvey.errors.ErrorCode` by
``python -m napsurvey.gui.error_catalog_source``: do not edit by hand. Each
entry is the code's English template as a literal, which the translation
tools extract (context ``ErrorCode``) and the catalogues translate; the
template is also the lookup key (:mod:`napsurvey.gui.messages`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from napsurvey.errors import ErrorCode
from napsurvey.gui.error_catalog_source import EXCLUDED

__all__ = ["CATALOGUE", "EXCLUDED"]

#: English template of every code the app may show, as marked for the extractor.
_MARKED: dict[ErrorCode, object] = {
'''

_TAIL = '''}

#: English template of every code the app may show, keyed by code.
CATALOGUE: dict[ErrorCode, str] = {code: str(text) for code, text in _MARKED.items()}
'''


def _entry(code: ErrorCode) -> str:
    literal = json.dumps(code.template, ensure_ascii=False)
    one_line = f'    ErrorCode.{code.name}: QT_TRANSLATE_NOOP("ErrorCode", {literal}),'
    if len(one_line) <= _WIDTH:
        return one_line + "\n"
    return f'    ErrorCode.{code.name}: QT_TRANSLATE_NOOP(\n        "ErrorCode", {literal}\n    ),\n'


def render() -> str:
    """The text of ``error_catalog.py`` for the codes of today's enum."""
    return _HEAD + "".join(_entry(code) for code in ErrorCode if code not in EXCLUDED) + _TAIL


def main() -> int:
    """Rewrite the catalogue module; print whether it changed."""
    text = render()
    changed = not CATALOGUE_FILE.is_file() or CATALOGUE_FILE.read_text(encoding="utf-8") != text
    if changed:
        CATALOGUE_FILE.write_text(text, encoding="utf-8")
    print(f"{CATALOGUE_FILE.name}: {'rewritten' if changed else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
