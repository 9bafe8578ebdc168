import ast
import re
import string
from pathlib import Path

import napsurvey
from napsurvey.errors import ErrorCode, NapError


def test_every_code_is_distinct_even_when_two_share_a_template() -> None:
    # A plain Enum would make codes with equal templates aliases of each other.
    assert len(list(ErrorCode)) == len(ErrorCode.__members__)
    assert NapError(ErrorCode.INTERVIEW_UNKNOWN_QUESTION, name="q").code is ErrorCode.INTERVIEW_UNKNOWN_QUESTION


def test_messages_are_one_line_and_survive_missing_parameters() -> None:
    for code in ErrorCode:
        err = NapError(code)
        assert str(err).startswith(code.name + ": ") and "\n" not in str(err)
        fields = {f for _, f, _, _ in string.Formatter().parse(code.template) if f}
        full = NapError(code, **{f: "x\ny" for f in fields})
        assert "\n" not in str(full)


_PACKAGE = Path(napsurvey.__file__).resolve().parent
#: Where codes are listed rather than raised.
_LISTS = {"errors.py", "error_catalog.py", "error_catalog_source.py"}


def _codes_named(folder: Path) -> dict[str, list[str]]:
    """code name -> the files (below ``folder``) that name ``ErrorCode.<NAME>``."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        if path.name in _LISTS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "ErrorCode":
                found.setdefault(node.attr, []).append(str(path.relative_to(_PACKAGE)))
    return found


def test_every_code_is_raised_somewhere() -> None:
    named = _codes_named(_PACKAGE)
    assert [code.name for code in ErrorCode if code.name not in named] == []


def test_only_the_command_line_raises_its_usage_codes() -> None:
    """Lower layers raise domain codes; CLI_USAGE and CLI_FILE speak of the command line's own options."""
    named = _codes_named(_PACKAGE)
    outside = {name: [f for f in files if not f.startswith("cli/")] for name, files in named.items()
               if name in ("CLI_USAGE", "CLI_FILE")}
    assert {name: files for name, files in outside.items() if files} == {}


def test_no_template_names_a_command_line_option() -> None:
    """A message the desktop app may show never tells a monitor to type an option."""
    shown = [code for code in ErrorCode if not code.name.startswith("CLI_") and code is not ErrorCode.VAULT_NO_PASSPHRASE]
    assert [code.name for code in shown if re.search(r"--\w|'napsurvey ", code.template)] == []
