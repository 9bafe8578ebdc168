"""The ``napsurvey`` executable: the command line, with the desktop app as default.

This module sits above both front ends so that neither imports the other:
the CLI gets the GUI as an injected runner.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from napsurvey.errors import ErrorCode, NapError  # small, no dependencies: safe to load first


def _run_gui(home: str | None) -> int:
    from napsurvey.gui.platform_check import platform_problem  # noqa: PLC0415 - no Qt: it checks what Qt will need

    problem = platform_problem()
    if problem is not None:  # one line on what to install, instead of Qt aborting
        print(problem, file=sys.stderr)
        return 1
    from napsurvey.gui.app import run  # noqa: PLC0415 - Qt is loaded only when the app is wanted

    return run(home=home)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    try:
        from napsurvey.cli.main import main as cli_main  # noqa: PLC0415 - inside the Ctrl-C guard
    except KeyboardInterrupt:  # Ctrl-C during start-up: one line, not a traceback
        print(f"error {NapError(ErrorCode.CLI_INTERRUPTED)}", file=sys.stderr)
        return 1
    return cli_main(argv, gui_runner=_run_gui)
