"""The ``sourcetrace`` command: thin typer wrappers over library functions.

Exit codes: 0 when something was analysed (even with rejected inputs),
1 when nothing could be analysed or an operation failed, 2 for usage errors.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from sourcetrace.errors import SourcetraceError, UsageError
from sourcetrace.evaluation.cli import app as eval_app
from sourcetrace.training.cli import app as train_app

app = typer.Typer(
    name="sourcetrace",
    help="Trace every claim in news coverage back to its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")

out = Console()
err = Console(stderr=True, soft_wrap=True)  # one line per message, whatever the width

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store URL: sqlite:///file.db (default ./sourcetrace.db) or postgresql://..."),
]


def _fail(exc: SourcetraceError) -> None:
    err.print(f"[bold red]error[/] {exc}", highlight=False)
    raise typer.Exit(2 if isinstance(exc, UsageError) else 1)


def _progress_bar() -> tuple[Any, Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    tasks: dict[str, Any] = {}

    def update(phase: str, advance: int, total: int | None) -> None:
        if phase not in tasks:
            tasks[phase] = bar.add_task(phase, total=total)
        bar.update(tasks[phase], advance=advance, total=total)

    return bar, update


def _summary(result: Any) -> Table:
    table = Table(title="sourcetrace analysis", show_header=True, header_style="bold")
    table.add_column("collection")
    table.add_column("count", justify="right")
    for name in ("articles", "duplicate_groups", "rejected", "speakers", "attributions",
                 "claims", "citations", "events"):
        table.add_row(name.replace("_", " "), str(len(getattr(result, name))))
    return table


@app.command()
def analyze(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (recursive), WARC files, URLs, or - for stdin."),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the analysis as JSON schema v1.")
    ] = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Write the self-contained HTML report.")
    ] = None,
    db: DbOption = None,
    settings_file: Annotated[
        Path | None, typer.Option("--settings", help="TOML file overriding settings.toml keys.")
    ] = None,
    near_threshold: Annotated[
        float | None, typer.Option(help="Jaccard threshold for near-duplicate copies.", min=0.01, max=1.0)
    ] = None,
    only: Annotated[
        str | None,
        typer.Option("--stages", help="Comma-separated stages to run (default: all); see `sourcetrace stages`."),
    ] = None,
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Leave article texts out of the JSON.")
    ] = False,
    feed: Annotated[
        list[str] | None,
        typer.Option("--feed", help="RSS/Atom feed URL whose linked articles to fetch (repeatable)."),
    ] = None,
    engine: Annotated[
        str,
        typer.Option("--engine", help="local (this machine's cores) or spark (PySpark; docs/spark.md)."),
    ] = "local",
    parquet_out: Annotated[
        Path | None,
        typer.Option("--parquet", help="Write one Parquet table per JSON v1 collection to this folder (needs pyspark)."),
    ] = None,
    timings: Annotated[
        bool, typer.Option("--timings", help="Print the wall time of each stage.")
    ] = False,
) -> None:
    """Ingest articles, find copies, attributions, claims, citations and dates."""
    from sourcetrace.analysis import analyze as run_analysis
    from sourcetrace.settings import load_settings
    from sourcetrace.store import DEFAULT_DB

    if not paths and not feed:
        _fail(UsageError("give files, folders, URLs or - for stdin, or --feed URL"))
        return
    try:
        settings = load_settings(settings_file, **{"dedupe.near_threshold": near_threshold})
        bar, update = _progress_bar()
        with bar:
            result = run_analysis(
                paths or [],
                db=db or DEFAULT_DB,  # the CLI's documented default; its summary names it
                feed=feed,
                settings=settings,
                stages=[s.strip() for s in only.split(",")] if only else None,
                with_text=not no_text,
                progress=update,
                engine=engine,
            )
        if parquet_out is not None:
            from sourcetrace.engines.spark_ingest import spark_session
            from sourcetrace.engines.spark_parquet import write_parquet

            write_parquet(spark_session(), result.to_dict(), parquet_out)
    except SourcetraceError as exc:
        _fail(exc)
        return
    out.print(_summary(result))
    if timings and result.corpus is not None:
        out.print(_timings_table(result.corpus.timings))
    for rej in result.rejected:
        where = f"{rej['path']}:{rej['line']}" if rej.get("line") else rej["path"]
        err.print(f"[yellow]rejected[/] {where}: {rej['reason']}", highlight=False)
    if json_out is not None:
        result.to_json(json_out)
        out.print(f"JSON written to {json_out}")
    if parquet_out is not None:
        out.print(f"Parquet tables written to {parquet_out}")
    if html_out is not None:
        from sourcetrace.report import write_report

        write_report(result, html_out)
        out.print(f"Report written to {html_out}")
    if not result.articles:
        err.print("[bold red]nothing could be analysed[/]")
        raise typer.Exit(1)


def _timings_table(timings: dict[str, float]) -> Table:
    table = Table(title="wall time per stage", show_header=True, header_style="bold")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    table.add_column("share", justify="right")
    total = sum(timings.values()) or 1.0
    for name, seconds in timings.items():
        table.add_row(name, f"{seconds:.2f}", f"{seconds / total:.0%}")
    table.add_row("total", f"{sum(timings.values()):.2f}", "")
    return table


@app.command()
def prepare() -> None:
    """Build what the first analysis would otherwise build (the int8 embedding graph, kept
    in ~/.cache/sourcetrace or $SOURCETRACE_CACHE); `make setup` runs it."""
    from sourcetrace.nlp.embeddings import prepare as prepare_embeddings

    try:
        out.print(prepare_embeddings(), highlight=False)
    except SourcetraceError as exc:
        _fail(exc)


@app.command()
def stages() -> None:
    """List the pipeline stages in order, with what each needs and produces."""
    from sourcetrace.pipeline import all_stages

    table = Table(show_header=True, header_style="bold")
    for col in ("stage", "scope", "requires", "produces", "what it does"):
        table.add_column(col)
    for s in all_stages():
        table.add_row(s.name, s.scope, ", ".join(s.requires), ", ".join(s.produces), s.doc)
    out.print(table)


@app.command()
def report(
    html_out: Annotated[Path, typer.Option("--html", help="Where to write the HTML report.")],
    db: DbOption = None,
) -> None:
    """Write the self-contained HTML report of the store's current analysis."""
    from sourcetrace.analysis import load
    from sourcetrace.report import write_report

    try:
        write_report(load(db), html_out)
    except SourcetraceError as exc:
        _fail(exc)
        return
    out.print(f"Report written to {html_out}")


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to bind; other than loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 8000,
    token: Annotated[
        str | None, typer.Option(help="Token every request must carry (default: env SOURCETRACE_TOKEN).")
    ] = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse uploads.")] = False,
    new: Annotated[bool, typer.Option(
        "--new", help="Start a new, empty store when --db does not exist (to fill by upload).")] = False,
) -> None:
    """Serve the web app and JSON API over the store (it must exist unless --new)."""
    import uvicorn

    from sourcetrace.api import TOKEN_ENV, create_app

    token = token or os.environ.get(TOKEN_ENV) or None
    if host not in LOOPBACK and not token:
        _fail(UsageError(f"binding to {host} needs --token or {TOKEN_ENV}"))
        return
    try:
        # A mistyped --db must not serve an empty analysis as if it were the real one.
        web = create_app(db, read_only=read_only, token=token, create=new and not read_only)
    except SourcetraceError as exc:
        _fail(exc)
        return
    uvicorn.run(web, host=host, port=port, log_level="info")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="json | csv | graphml | gexf | jsonld")] = "json",
    out_path: Annotated[
        Path | None, typer.Option("--out", help="File (a folder for csv); JSON formats default to stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the store's current analysis for other tools (pandas, Gephi, fact-checkers)."""
    from sourcetrace.analysis import load
    from sourcetrace.output.export import export as run_export

    try:
        text = run_export(load(db), fmt, out_path)
    except SourcetraceError as exc:
        _fail(exc)
        return
    if text is not None:
        sys.stdout.write(text + "\n")


def main() -> None:
    try:
        app()
    except SourcetraceError as exc:  # errors raised outside a command's own handling
        err.print(f"[bold red]error[/] {exc}", highlight=False)
        sys.exit(2 if isinstance(exc, UsageError) else 1)
    except KeyboardInterrupt:
        err.print("interrupted; re-run the same command to resume")
        sys.exit(130)
    except Exception as exc:
        # A bug, not a user error: say so plainly; tracebacks on request.
        if os.environ.get("SOURCETRACE_DEBUG"):
            raise
        err.print(
            f"[bold red]internal error[/] [E999] {type(exc).__name__}: {exc}\n"
            "This is a bug in sourcetrace. Re-run with SOURCETRACE_DEBUG=1 for the traceback.",
            highlight=False,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
