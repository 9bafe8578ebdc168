"""The ``napsurvey`` executable: the command line, with the desktop app as default.

This module sits above both front ends so that neither imports the other:
the CLI gets the GUI as an injected runner.
"""

from __future__ import annotations

from collections.abc import Sequence


def _run_gui(home: str | None) -> int:
    from napsurvey.gui.app import run  # Qt is loaded only when the app is wanted

    return run(home=home)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    from napsurvey.cli.main import main as cli_main

    return cli_main(argv, gui_runner=_run_gui)
