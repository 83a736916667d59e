"""`.ci/install-browser.sh` is sourced by `.ci/run`: it must leave the parent shell running."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "install-browser.sh"


def test_script_is_executable_and_safe_to_source() -> None:
    assert os.access(SCRIPT, os.X_OK)  # .ci/run only sources executable scripts
    code = [ln for ln in SCRIPT.read_text("utf-8").splitlines() if not ln.lstrip().startswith("#")]
    assert not any("exit" in ln for ln in code)
    done = subprocess.run(
        ["bash", "-c", f"set -euo pipefail; source {SCRIPT}; echo parent-still-running"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("parent-still-running")
