"""Tables and the PDF report from a coordinator vault with imported counts of the shipped forms."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import outputs
from napsurvey.services.session import Session
from tests.services.outputs_data import PASSPHRASE, TODAY, fill_with_shipped_data, make_coordinator, release_all

# CI installs poppler and must run these (a skip there would hide a broken report); elsewhere they need it.
needs_poppler = pytest.mark.skipif(
    (shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None) and not os.environ.get("CI"),
    reason="poppler-utils is not installed",
)


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    session = make_coordinator(tmp_path_factory.mktemp("outputs"))
    fill_with_shipped_data(session, scale=3)
    release_all(session)
    yield session
    session.lock()


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@needs_poppler
def test_report_of_the_shipped_forms(coordinator: Session, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    done = outputs.write_report(coordinator, out, today=TODAY)
    listing = outputs.indicators(coordinator)
    assert done.indicators == len(listing) and done.suppressed > 0
    pages = _pages(out)
    assert pages >= done.indicators // 2 + 3
    text = _text(out)
    for info in listing:
        first_words = " ".join(info.title.split()[:4])
        assert first_words in " ".join(text.split()), info.indicator
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert "Methodology and ethics" in text and "2007" in text
    assert "1 bundle(s) from 1 device(s) have not arrived yet" in " ".join(text.split())
    assert "< 10" in text and "\u2298" in text  # a withheld value: "< 10" in tables, a mark and no bar in charts
    assert "perturbed by at most 5" in " ".join(text.split())  # every page says counts are perturbed
    flat = " ".join(text.split())
    assert "Q3 2026" in flat  # period labels in words
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "2", str(out), str(tmp_path / "pg")],
                   check=True)
    assert len(list(tmp_path.glob("pg-*.png"))) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left


@needs_poppler
def test_report_in_french_and_letter_paper(coordinator: Session, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    outputs.write_report(coordinator, out, today=TODAY, language="fr", paper="letter", period="2026-07..2026-09")
    text = " ".join(_text(out).split())
    assert "Période couverte : 2026-07..2026-09" in text and "Méthodologie et éthique" in text
    assert "Sécurité perçue des femmes" in text and "2026-Q4" not in text
    flat = " ".join(text.split())
    assert "Source : Annexe S/2010/498, pilier Protection" in flat  # the indicator's source, translated
    assert "T3 2026" in flat  # and the period
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "612 x 792" in info


@needs_poppler
def test_report_in_arabic_is_shaped_and_fonts_are_embedded(coordinator: Session, tmp_path: Path) -> None:
    out = tmp_path / "ar.pdf"
    outputs.write_report(coordinator, out, today=TODAY, language="ar")
    raw = _text(out)
    # shaped text is drawn with Arabic presentation forms (joined letter shapes)
    assert any("\ufe70" <= ch <= "\ufeff" for ch in raw)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    lines = fonts.strip().splitlines()[2:]
    assert lines and all("DejaVuSans" in line and line.split()[-5] == "yes" for line in lines)  # all embedded


def test_tables_json_of_the_vault(coordinator: Session, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    done = outputs.write_tables(coordinator, out, "json", today=TODAY, form_id="community_safety")
    doc = json.loads(out.read_text("utf-8"))
    assert done.tables == len(doc["tables"]) and {t["form_id"] for t in doc["tables"]} == {"community_safety"}
    for table in doc["tables"]:
        assert all(c["count"] is None or c["count"] >= 5 for c in table["cells"])  # never a small value


def test_one_indicator_alone_shows_exactly_what_the_whole_output_shows(coordinator: Session) -> None:
    # One set of records, one value: an indicator looked at alone is the same table as in the whole output.
    full = outputs.published_tables(coordinator, form_id="community_safety")
    for table in full.published.tables:
        alone = outputs.published_tables(coordinator, form_id="community_safety", indicator=table.indicator)
        assert alone.published.tables == [table]
    again = outputs.published_tables(coordinator, form_id="community_safety")
    assert again.published == full.published  # the same releases always give the same figures


def test_high_form_tables_use_the_kit_high_threshold(coordinator: Session) -> None:
    out = outputs.published_tables(coordinator, form_id="crsv_incident")
    assert {t.threshold for t in out.published.tables} == {20}


@pytest.mark.parametrize(("fmt", "code"), [("pdf", ErrorCode.TABLES_FORMAT), ("dhis2", ErrorCode.TABLES_DHIS2_NO_MAPPING)])
def test_refusals_write_nothing(coordinator: Session, tmp_path: Path, fmt: str, code: ErrorCode) -> None:
    with pytest.raises(NapError) as info:
        outputs.write_tables(coordinator, tmp_path / "x", fmt, today=TODAY)
    assert info.value.code is code
    assert list(tmp_path.iterdir()) == []


def test_cli_tables_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A vault of its own: the command line opens it, so no session may hold it (the module's stays open).
    own = make_coordinator(tmp_path / "cli")
    fill_with_shipped_data(own, scale=3)
    home = str(own.home)
    own.lock()
    secret = tmp_path / "p"
    secret.write_text(PASSPHRASE)
    base = ["--home", home, "--passphrase-file", str(secret)]
    assert main([*base, "tables", "--format", "csv", "--out", str(tmp_path / "t.csv")]) == 1
    assert "error RELEASE_NOT_RELEASED" in capsys.readouterr().err  # nothing released yet
    assert main([*base, "release", "--form", "community_safety", "--period", "2026Q3"]) == 0
    assert "released community_safety 2026-Q3: edition 1" in capsys.readouterr().out
    assert main([*base, "release", "--form", "community_safety", "--period", "2026Q3"]) == 1
    assert "error RELEASE_UNCHANGED" in capsys.readouterr().err
    assert main([*base, "releases"]) == 0
    assert "community_safety\t2026-Q3\tedition 1" in capsys.readouterr().out
    assert main([*base, "tables", "--format", "csv", "--out", str(tmp_path / "t.csv"), "--language", "fr"]) == 0
    assert "Indicateur" in (tmp_path / "t.csv").read_text("utf-8-sig")
    capsys.readouterr()
    assert main([*base, "tables", "--format", "csv", "--out", str(tmp_path / "u.csv"), "--period", "2026-13"]) == 1
    assert "error TABLES_PERIOD" in capsys.readouterr().err
    assert main([*base, "tables", "--format", "csv", "--out", str(tmp_path / "u.csv"), "--period", "2026"]) == 1
    err = capsys.readouterr().err
    assert "error RELEASE_NOT_RELEASED" in err and "community_safety 2026-Q3" in err  # names what can be published
    assert main([*base, "tables", "--format", "dhis2", "--out", str(tmp_path / "d.json")]) == 1
    assert capsys.readouterr().err.strip() == "error CLI_USAGE: --format dhis2 needs --mapping FILE"
    assert not (tmp_path / "d.json").exists()
    assert main([*base, "releases", "--outputs"]) == 0
    assert "tables csv" in capsys.readouterr().out  # the ledger holds every output written
    assert main([*base, "report", "--out", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")



def test_a_paper_size_that_does_not_exist_is_a_report_refusal(coordinator: Session) -> None:
    with pytest.raises(NapError) as info:
        outputs.report_bytes(coordinator, today=TODAY, paper="a5")  # type: ignore[arg-type]
    assert info.value.code is ErrorCode.REPORT_PAPER and "a5" in info.value.message
