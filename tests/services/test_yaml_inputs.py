"""Every YAML file the app reads goes through the guarded reader (finding L8).

Referral directories, study protocols and DHIS2 mappings used plain
``yaml.safe_load``: a 5,000-deep file ended in ``INTERNAL`` (a RecursionError),
and an alias bomb could expand to billions of nodes. Each now gives its own
coded one-line refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment
from napsurvey.tables.dhis2 import read_mapping

DEEP = "north: " + "[" * 5000 + "]" * 5000 + "\n"
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(6))
DUPLICATE = "north:\n  - {name: Clinic, kind: medical}\nnorth:\n  - {name: Other, kind: legal}\n"


def _referrals(path: Path) -> Any:
    return enrollment.read_referrals(path)


def _protocol(path: Path) -> Any:
    return enrollment.read_protocol(path)


def _mapping(path: Path) -> Any:
    return read_mapping(path.read_bytes(), str(path))


READERS: dict[str, tuple[Callable[[Path], Any], ErrorCode]] = {
    "referrals": (_referrals, ErrorCode.KIT_REFERRALS_FILE),
    "protocol": (_protocol, ErrorCode.KIT_PROTOCOL_FILE),
    "dhis2 mapping": (_mapping, ErrorCode.TABLES_DHIS2_MAPPING),
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("content", [DEEP, BOMB, DUPLICATE], ids=["5000 deep", "alias bomb", "duplicate key"])
def test_a_hostile_yaml_file_gets_a_coded_refusal(tmp_path: Path, reader: str, content: str) -> None:
    read, code = READERS[reader]
    path = tmp_path / "input.yaml"
    path.write_text(content)
    with pytest.raises(NapError) as err:
        read(path)
    assert err.value.code is code
    assert str(path) in err.value.message and "\n" not in err.value.message


def test_the_command_line_says_so_in_one_coded_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "referrals.yaml"
    deep.write_text(DEEP)
    assert main(["--home", str(tmp_path / "nohome"), "kit", "create", "--out", str(tmp_path / "k"), "--referrals", str(deep)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error KIT_REFERRALS_FILE:") and "INTERNAL" not in err


def test_yaml_1_1_surprises_stay_text_in_a_referral_directory(tmp_path: Path) -> None:
    path = tmp_path / "referrals.yaml"
    path.write_text("north:\n  - {name: 'Clinic', kind: medical, hours: 24/7, contact: 0777123456, languages: [no, on]}\n")
    services = enrollment.read_referrals(path)["north"]
    assert services[0].contact == "0777123456" and services[0].languages == ["no", "on"]
