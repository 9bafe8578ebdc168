"""The command line loads what a command needs when it runs, not everything at start-up.

Every command paid for every other's imports (the forms linter, the interview
engine, the sync and bundle modules, reportlab, numpy): about a second before
``napsurvey report`` even unlocked the vault. The parser alone must stay light.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "reportlab", "scipy", "numpy", "openpyxl", "pydantic", "sqlcipher3", "nacl", "pyrage",
    "napsurvey.interview", "napsurvey.bundle.store", "napsurvey.forms.loader", "napsurvey.vault.store",
    "napsurvey.services.outputs", "napsurvey.services.backentry", "napsurvey.services.session",
)  # fmt: skip


def test_the_parser_and_its_commands_load_no_heavy_module() -> None:
    probe = f"import sys, napsurvey.cli.main; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_the_outputs_read_a_stored_table_without_numpy() -> None:
    """``report`` and ``tables`` read the stored perturbation table: numpy (about 0.1 s) only builds one."""
    probe = ("import sys, napsurvey.services.outputs, napsurvey.services.releases, napsurvey.tables.release_tables; "
             "print(sorted(m for m in ('numpy', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_the_xlsx_writer_loads_openpyxl_without_numpy_and_numpy_still_imports_after() -> None:
    """openpyxl would import numpy (a tenth of a second) only to accept numpy numbers; the tables hold ints."""
    probe = ("import sys, napsurvey.tables.xlsx_writer; hidden = 'numpy' not in sys.modules; "
             "import numpy; print(hidden, numpy.int64(2) + 1)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "True 3"


def test_with_another_thread_running_numpy_is_never_hidden() -> None:
    """Another thread could import numpy while openpyxl loads: then openpyxl takes it as it comes."""
    probe = ("import sys, threading; stop = threading.Event(); t = threading.Thread(target=stop.wait); t.start(); "
             "import napsurvey.tables.xlsx_writer; print('numpy' in sys.modules); stop.set(); t.join()")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "True"
