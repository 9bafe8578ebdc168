"""The plan guides show real output: every command in them is run again and must print what they show."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from napsurvey.cli.main import main
from napsurvey.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ["guide-plan.md", "guide-plan.fr.md"]
def _blocks(text: str) -> list[list[str]]:
    """The lines of every plain (untagged) fenced code block."""
    blocks: list[list[str]] = []
    current: list[str] | None = None
    fence = ""
    for line in text.splitlines():
        if current is None and line.startswith("```"):
            fence, current = line, []
        elif current is not None and line == "```":
            if fence == "```":
                blocks.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def _sessions(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of every ``$ ...`` line in the plain code blocks."""
    found: list[tuple[str, list[str]]] = []
    for block in _blocks(text):
        for line in block:
            if line.startswith("$ "):
                found.append((line[2:], []))
            elif found:
                found[-1][1].append(line)
    return found


@pytest.mark.parametrize("name", GUIDES)
def test_every_command_of_the_guide_prints_what_the_guide_shows(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", "correct horse battery staple 42")
    monkeypatch.setenv("NAPSURVEY_HOME", str(tmp_path / "home"))
    for example in ("example_republic.yaml", "example_republic.assessments.yaml"):
        shutil.copy(resources_dir() / "plans" / example, tmp_path / example)
    assert main(["init", "--role", "coordinator"]) == 0
    capsys.readouterr()
    sessions = _sessions((ROOT / "docs" / name).read_text(encoding="utf-8"))
    assert len(sessions) >= 12
    for command, expected in sessions:
        argv = shlex.split(command)
        if argv[0] == "cat":  # the guide shows a file: it is the file
            (tmp_path / argv[1]).write_text("\n".join(expected) + "\n", encoding="utf-8")
            continue
        assert argv[0] == "napsurvey", command
        main(argv[1:])
        out, err = capsys.readouterr()
        assert (out + err).splitlines() == expected, command


def test_readme_links_the_plan_guides() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/guide-plan.md)" in readme and "(docs/guide-plan.fr.md)" in readme
