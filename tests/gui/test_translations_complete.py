"""Every interface string in the sources has a finished French and Arabic translation in the compiled catalogues.

The strings are read from the sources with the ``ast`` module, independently of
the Qt extraction tool, so a string that tool cannot see (a ``tr()`` inside an
f-string, a ``tr()`` called on another object) makes these tests fail too.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from napsurvey.gui import i18n

GUI_DIR = Path(i18n.__file__).resolve().parent
FR_TS = i18n.translations_dir() / "napsurvey_fr.ts"
FR_QM = i18n.translations_dir() / "napsurvey_fr.qm"
#: The interface languages besides English; each catalogue must be complete.
LANGUAGES = ("fr", "ar")
#: Counts that pick each plural form, by the number of forms the language has (French 2, Arabic 6).
PLURAL_SAMPLES = {1: (-1,), 2: (1, 5), 6: (0, 1, 2, 5, 11, 100)}
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def ts_of(language: str) -> Path:
    return i18n.translations_dir() / f"napsurvey_{language}.ts"


def qm_of(language: str) -> Path:
    return i18n.translations_dir() / f"napsurvey_{language}.qm"

#: Calls that look a marked string up by value; the strings themselves are marked with QT_TRANSLATE_NOOP.
DYNAMIC_LOOKUPS = {("messages.py", "error_text")}
#: Words spelled the same in both languages.
SAME_IN_FRENCH = {"Questionnaire", "Questionnaires", "Sections", "Menu", "Source", "Note", "Action", "Actions", "PDF (*.pdf)"}
_PLACEHOLDER = re.compile(r"%(?:n|L?\d)|\{[a-z_]*\}")


@dataclass(frozen=True)
class Marked:
    """One translatable string found in the sources."""

    context: str
    source: str
    plural: bool
    where: str


@dataclass
class Scan:
    marked: list[Marked]
    problems: list[str]


def _literal(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, name: str, constants: dict[str, str], scan: Scan) -> None:
        self.name, self.constants, self.scan = name, constants, scan
        self.classes: list[str] = []
        self.functions: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        where = f"{self.name}:{node.lineno}"
        func = node.func
        callee = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if callee == "tr" and isinstance(func, ast.Attribute):
            self._tr(node, func, where)
        elif callee in ("translate", "QT_TRANSLATE_NOOP"):
            self._translate(node, where)
        self.generic_visit(node)

    def _tr(self, node: ast.Call, func: ast.Attribute, where: str) -> None:
        if not (isinstance(func.value, ast.Name) and func.value.id == "self") or not self.classes:
            self.scan.problems.append(f"{where}: tr() on another object; use QCoreApplication.translate('Class', ...)")
            return
        source = _literal(node.args[0], {}) if node.args else None
        if source is None:
            self.scan.problems.append(f"{where}: tr() needs a literal string")
            return
        plural = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
        self.scan.marked.append(Marked(self.classes[-1], source, plural, where))

    def _translate(self, node: ast.Call, where: str) -> None:
        args = [_literal(a, self.constants) for a in node.args[:2]]
        if len(args) < 2 or None in args:
            if (self.name, self.functions[-1] if self.functions else "") not in DYNAMIC_LOOKUPS:
                self.scan.problems.append(f"{where}: translate() needs a literal context and string")
            return
        context, source = args
        assert context is not None and source is not None
        self.scan.marked.append(Marked(context, source, len(node.args) >= 4, where))


def scan_sources(folder: Path) -> Scan:
    """Every translatable string under ``folder``, with the context Qt looks it up in."""
    scan = Scan([], [])
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        constants = {
            target.id: stmt.value.value
            for stmt in tree.body
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)
            for target in stmt.targets
            if isinstance(target, ast.Name)
        }
        _Finder(path.relative_to(folder).as_posix(), constants, scan).visit(tree)
    return scan


def untranslated(marked: list[Marked], qm: Path) -> list[Marked]:
    """The strings the compiled catalogue ``qm`` has no translation for."""
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    missing = []
    for item in marked:
        counts = (1, 2, 5) if item.plural else (-1,)
        if any(not translator.translate(item.context, item.source, None, n) for n in counts):
            missing.append(item)
    return missing


@pytest.fixture(scope="module")
def scan() -> Scan:
    return scan_sources(GUI_DIR)


def test_the_scan_finds_the_strings_of_every_interface_package(scan: Scan) -> None:
    files = {m.where.split(":")[0].split("/")[0] for m in scan.marked}
    assert {"sync", "coordinator", "interview", "monitor_home.py", "coordinator_home.py", "unlock.py"} <= files
    assert len(scan.marked) > 300
    assert Marked("ErrorCode", "wrong recovery key", False, "") in {
        Marked(m.context, m.source, m.plural, "") for m in scan.marked
    }


def test_every_call_can_be_extracted(scan: Scan) -> None:
    assert scan.problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_has_a_translation(qapp, scan: Scan, language: str) -> None:
    missing = untranslated(scan.marked, qm_of(language))
    shown = [f"{m.where} [{m.context}] {m.source!r}" for m in missing[:10]]
    assert not missing, f"translate these in napsurvey_{language}.ts, then compile it:\n" + "\n".join(shown)


def test_french_text_is_french_and_keeps_its_placeholders(qapp, scan: Scan) -> None:
    translator = QTranslator()
    assert translator.load(str(FR_QM))
    bad = []
    for item in scan.marked:
        for n in (1, 2) if item.plural else (-1,):
            text = translator.translate(item.context, item.source, None, n)
            if not text:
                continue
            if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(item.source)):
                bad.append(f"placeholders differ: {item.source!r} -> {text!r}")
            if text == item.source and item.source not in SAME_IN_FRENCH and len(item.source) > 3:
                bad.append(f"left in English: {item.source!r} ({item.where})")
    assert bad == []


def test_arabic_text_is_arabic_and_keeps_its_placeholders(qapp, scan: Scan) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_of("ar")))
    bad = []
    for item in scan.marked:
        for n in PLURAL_SAMPLES[6] if item.plural else (-1,):
            text = translator.translate(item.context, item.source, None, n)
            if not text:
                continue
            wanted = set(_PLACEHOLDER.findall(item.source))
            # A plural form may say the number in words ("one", "two") instead of %n, as Arabic does.
            if set(_PLACEHOLDER.findall(text)) != wanted and not (item.plural and n in (1, 2)):
                bad.append(f"placeholders differ: {item.source!r} -> {text!r} (n={n})")
            words = _PLACEHOLDER.sub("", item.source)
            if re.search("[A-Za-z]{3}", words) and not _ARABIC_LETTER.search(text):
                bad.append(f"not in Arabic: {item.source!r} -> {text!r} ({item.where})")
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(qapp, language: str) -> None:
    # A .ts edited but not compiled would ship the old texts.
    translator = QTranslator()
    assert translator.load(str(qm_of(language)))
    root = ET.parse(ts_of(language)).getroot()
    stale = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            assert node is not None and node.get("type") != "unfinished", source
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            for form, n in zip(forms, PLURAL_SAMPLES[len(forms)], strict=True):
                if translator.translate(name, source, None, n) != form:
                    stale.append(source)
    assert stale == []


def test_a_new_untranslated_string_is_caught(qapp, tmp_path: Path) -> None:
    (tmp_path / "fresh.py").write_text(
        "class DevicesPage:\n"
        "    def texts(self):\n"
        "        return self.tr('Device approved'), self.tr('A sentence nobody has translated yet')\n"
        "    def count(self, n):\n"
        "        return f\"{self.tr('%n bundle(s) waiting', '', n)}\"\n"
        "def outside(page):\n"
        "    return page.tr('Seen from outside')\n"
    )
    scan = scan_sources(tmp_path)
    assert [m.source for m in untranslated(scan.marked, FR_QM)] == [
        "A sentence nobody has translated yet",
        "%n bundle(s) waiting",
    ]
    assert len(scan.problems) == 1 and "fresh.py:7" in scan.problems[0]
