"""Docs that cannot drift: the CLI reference and the error-code table."""

from __future__ import annotations

import re
from pathlib import Path

from sourcetrace.clidocs import render

REPO = Path(__file__).resolve().parents[1]


def test_cli_reference_matches_help() -> None:
    current = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is stale: python -m sourcetrace.clidocs > docs/cli.md"


def test_every_error_code_is_documented() -> None:
    used: set[str] = set()
    for path in (REPO / "src" / "sourcetrace").rglob("*.py"):
        used.update(re.findall(r'code\s*=\s*"(E\d{3})"', path.read_text(encoding="utf-8")))
    documented = set(re.findall(r"^\| `(E\d{3})`", (REPO / "docs" / "errors.md").read_text(), re.M))
    assert used - documented == set(), f"undocumented error codes: {sorted(used - documented)}"


def test_readme_starts_with_make_demo_and_make_test() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_cli_reference_lists_every_subcommand() -> None:
    # The walk once stopped at the top level (typer's own click copy failed an
    # isinstance test), and the drift test above passed on a reference of one command.
    text = render()
    for command in ("analyze", "report", "serve", "export", "eval story", "eval stance",
                    "train stance"):
        assert f"## `sourcetrace {command}`" in text, command


def test_cli_reference_holds_no_path_of_this_checkout() -> None:
    # CI renders the reference in another folder: a default shown as an absolute path
    # would make docs/cli.md differ there.
    assert str(REPO) not in render() and str(Path.home()) not in render()
