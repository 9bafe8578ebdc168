"""Ctrl-C at any moment gives one coded line and exit 1, never a traceback."""

from __future__ import annotations

import argparse
import importlib.abc
import sys
from collections.abc import Sequence
from types import ModuleType

import pytest

from napsurvey import launcher
from napsurvey.cli import main as cli_main_module
from napsurvey.cli import vault_cmd


def test_ctrl_c_inside_a_command_is_one_coded_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_cmd, "_status", interrupted)  # the parser is built per call
    assert cli_main_module.main(["status"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == ["error CLI_INTERRUPTED: interrupted; work not yet committed was discarded"]


class _InterruptingFinder(importlib.abc.MetaPathFinder):
    """Simulates Ctrl-C arriving while the command-line modules are loading."""

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> None:
        if name == "napsurvey.cli.main":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_the_program_is_still_loading_is_one_coded_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "napsurvey.cli.main")
    monkeypatch.setattr(sys, "meta_path", [_InterruptingFinder(), *sys.meta_path])
    assert launcher.main(["status"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == ["error CLI_INTERRUPTED: interrupted; work not yet committed was discarded"]
