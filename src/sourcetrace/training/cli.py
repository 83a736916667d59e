"""`sourcetrace train ...`: re-train the packaged models from data in ../shared."""

from __future__ import annotations

import typer

from sourcetrace.training import attribution_confidence as _confidence
from sourcetrace.training import stance as _stance

app = typer.Typer(
    help="Train the small models that ship in the package.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.command("stance")(_stance.command)
app.command("attribution-confidence")(_confidence.command)
