"""`sourcetrace eval ...`: one sub-command per task; each lives in its own module."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Measure extraction quality on annotated data.", no_args_is_help=True, rich_markup_mode=None
)

from sourcetrace.evaluation import attribution as _attribution  # noqa: E402

app.command("attribution")(_attribution.command)

from sourcetrace.evaluation import timex as _timex  # noqa: E402

app.command("timex")(_timex.command)

from sourcetrace.evaluation import stance as _stance  # noqa: E402

app.command("stance")(_stance.command)

from sourcetrace.evaluation import story as _story  # noqa: E402

app.command("story")(_story.command)

from sourcetrace.evaluation import sourcing as _sourcing  # noqa: E402

app.command("sourcing")(_sourcing.command)
