"""The CLI reference (docs/cli.md), generated from the commands' own ``--help``.

`python -m sourcetrace.clidocs > docs/cli.md` rewrites it; a test fails when the
file and the commands disagree, so the reference cannot drift.
"""

from __future__ import annotations

from typing import Any

import typer.main


def _walk(cmd: Any, path: list[str]) -> list[tuple[list[str], Any]]:
    found = [(path, cmd)]
    # Duck-typed: typer ships its own copy of click, whose groups are not instances of
    # the installed click's Group (an isinstance test silently listed no sub-command).
    if isinstance(getattr(cmd, "commands", None), dict):
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
        ctx = cmd.context_class(
            cmd, info_name=" ".join(path), terminal_width=100, max_content_width=100
        )
        text = cmd.get_help(ctx)
        parts.append(f"## `{' '.join(path)}`\n\n```text\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
