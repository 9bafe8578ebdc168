from __future__ import annotations

import subprocess
import sys

import pytest

_CHECK = (
    "import resource, json\n"
    "from napsurvey.vault.hardening import harden_process, is_dumpable\n"
    "done = harden_process()\n"
    "print(json.dumps([done, resource.getrlimit(resource.RLIMIT_CORE), is_dumpable()]))\n"
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")
def test_harden_process_disables_core_dumps_and_dumpability() -> None:
    import json

    out = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, timeout=60, check=True)
    done, core, dumpable = json.loads(out.stdout)
    assert done["no_core_dumps"] and core == [0, 0]
    if sys.platform.startswith("linux"):
        assert done["not_dumpable"] and dumpable is False
