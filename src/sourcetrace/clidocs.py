"""The CLI reference (docs/cli.md), generated from the commands' own ``--help``.

`python -m sourcetrace.clidocs > docs/cli.md` rewrites it; a test fails when the
file and the commands disagree, so the reference cannot drift.
"""

from __future__ import annotations

from typing import Any

import click
import typer.main


def _walk(cmd: Any, path: list[str]) -> list[tuple[list[str], Any]]:
    found = [(path, cmd)]
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.commands):
            found += _walk(cmd.commands[name], [*path, name])
    return found


def render() -> str:
    from sourcetrace.cli import app

    root = typer.main.get_command(app)
    parts = [
        "# CLI reference\n",
        "Generated from `--help` by `python -m sourcetrace.clidocs > docs/cli.md`; "
        "do not edit by hand.\n",
    ]
    for path, cmd in _walk(root, ["sourcetrace"]):
        ctx = click.Context(cmd, info_name=" ".join(path), terminal_width=100, max_content_width=100)
        text = cmd.get_help(ctx)
        parts.append(f"## `{' '.join(path)}`\n\n```text\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
