"""`make report`: a report that finished with skipped files is no make error."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _make_report(tmp_path: Path, status: int) -> subprocess.CompletedProcess[str]:
    """`make report` with a stand-in for the Python that exits with ``status``."""
    fake = tmp_path / "python"
    fake.write_text(f"#!/bin/sh\necho \"claimtab $*\"\nexit {status}\n")
    fake.chmod(0o755)
    # -o: the virtual environment counts as set up, so nothing is installed.
    return subprocess.run(
        ["make", "-C", str(ROOT), "-o", ".venv/.installed", "report", f"PY={fake}",
         "CORPUS=in", "OUT=out"], capture_output=True, text=True, check=False,
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="no make here")
@pytest.mark.parametrize("status,ok", [(0, True), (1, True), (2, False)])
def test_make_report_fails_only_when_no_report_was_made(tmp_path, status, ok):
    run = _make_report(tmp_path, status)
    assert "claimtab -m claimtab report in out" in run.stdout
    assert (run.returncode == 0) is ok
    assert ("Error" in run.stderr) is not ok, run.stderr
