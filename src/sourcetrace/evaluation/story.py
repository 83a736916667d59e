"""`sourcetrace eval story DIR...`: claim-level provenance against a story's hand-made gold.

A story folder holds ``articles/NN_site.txt`` and ``gold.json`` (format in
``../shared/data/stories/README.md``). Each story's articles are analysed by the real
pipeline into a fresh temporary SQLite store (or ``--predictions`` names an existing
JSON v1 analysis of one story) and scored; gold ``file`` names are matched to articles by
the basename of ``articles[].path``. Character offsets are those of the analysed text
(``articles[].text``; without it, the file body as the ingest reader splits it from its
header), and a gold quote is placed with ``str.find`` in that text.

Definitions (a figure with nothing to measure, e.g. a story without denials, is None,
shown as "-", and left out of every mean):

- A predicted claim's *mention sentences* are the ``sentence_span`` (else the content
  ``span``) of each attribution in its ``mentions`` (where its ``evidence`` puts the claim
  in a later sentence of a long quote, that sentence instead), plus its own-voice
  ``sentences`` (article, start, end). A gold mention (file, quote) is *covered* by a predicted claim
  when one of those sentences in that article overlaps the quote's character span.
- **copy precision / recall**: gold ``duplicates`` groups (every kind: verbatim, edited,
  partial) expand to unordered file pairs, predicted ``duplicate_groups`` members too.
  A predicted pair not in gold is a false positive, gold ``not_duplicates`` pairs
  included; ``false_copies`` counts those separately.
- **origin accuracy** (not in the mean): of the articles whose gold ``origin`` the texts
  show (not "uncredited wire ... per outside knowledge"), the share whose predicted
  ``articles[].origin.outlet`` names it; "own (...)" means the article's own outlet.
- **anonymous recall**: share of gold speakers of type ``anonymous`` found. One is found
  when, in one of its ``files``, an attribution whose speaker is typed ``anonymous`` has
  a sentence overlapping a gold mention quote of that speaker (mentions whose ``speaker``
  is its name or an alias); a speaker with no such quote is found when a predicted
  anonymous speaker's ``articles`` include one of its files.
- **claim matching**: gold and predicted claims are paired one to one, greedily by the
  number of the gold claim's mentions the predicted claim covers (most first; ties by
  gold order, then predicted order), so one giant cluster answers for one claim only.
- **claim recall**: share of gold claims *found*: matched to a predicted claim that
  covers at least half of its mentions.
- **mention recall**: share of all gold mentions covered by their claim's match.
- **claim purity**: pooled over matched claims, of the matched predicted claim's distinct
  mention sentences that fall on any gold mention (of any claim), the share that fall on
  this gold claim's mentions.
- **denial recall**: share of gold mentions with role ``denies`` covered by an attribution
  of the match whose ``stance`` is ``denies``.
- **denial precision** (not in the mean): of the gold mentions covered by an attribution
  of their claim's match whose ``stance`` is ``denies``, the share whose gold role is
  ``denies`` (a denial marked on a mention that asserts or reports the claim is wrong).
- **grade letter / number accuracy** and **first-reporter accuracy**: over all gold
  claims; a claim not found counts as wrong. The predicted first reporter is the first
  outlet in the match's ``first_reported_by``. Outlet names are compared case-insensitively
  without a leading "the"; one containing the other is a match.
- **F share**: share of F grades among found claims whose gold names a primary source
  (lower is better; not in the mean).
- **citation P / R / F1**: distinct gold (file, outlet) pairs against distinct predicted
  (article's file, outlet) pairs; a pair is right when the other side has one in the same
  file with the same outlet name (compared as above).
- **via recall / precision** (relay chains, not in the mean): over gold mentions an
  attribution's sentence falls on, the share of gold ``via`` outlets named in those
  attributions' ``via``, and the share of their predicted ``via`` outlets the gold names.
- **mean**: of copy recall, anonymous recall, claim recall, mention recall, purity,
  denial recall, grade letter, first reporter and citation F1.

Stories are averaged with equal weight (a mean of each figure over the stories).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from sourcetrace.errors import InputError
from sourcetrace.evaluation.story_metrics import mean, score_story
from sourcetrace.settings import Settings, load_settings

# (key, column title) in the order of the table.
COLUMNS = (
    ("copy_precision", "copy P"), ("copy_recall", "copy R"), ("false_copies", "false copies"),
    ("origin_accuracy", "origin"),
    ("anonymous_recall", "anon R"), ("claim_recall", "claim R"), ("mention_recall", "mention R"),
    ("claim_purity", "purity"), ("denial_recall", "denial R"), ("denial_precision", "denial P"),
    ("grade_letter", "grade A-F"),
    ("grade_number", "grade 1-6"), ("first_reporter", "first rep."), ("f_share", "F share"),
    ("citation_f1", "citation F1"), ("via_recall", "via R"), ("via_precision", "via P"),
    ("mean", "mean"),
)  # fmt: skip


def read_gold(story: Path) -> dict[str, Any]:
    path = story / "gold.json"
    if not path.is_file():
        raise InputError(f"no gold.json in story folder: {story}", code="E213")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON ({exc})", code="E214") from exc
    return data


def analyse(story: Path, settings: Settings | None = None) -> dict[str, Any]:
    """The real pipeline over ``story/articles`` in a throwaway store: the JSON v1 document."""
    import sourcetrace

    articles = story / "articles"
    if not articles.is_dir():
        raise InputError(f"no articles/ folder in story folder: {story}", code="E213")
    with tempfile.TemporaryDirectory() as tmp:
        analysis = sourcetrace.analyze(
            [str(articles)], db=f"sqlite:///{tmp}/story.db", settings=settings
        )
    return analysis.to_dict()


def _body(path: Path) -> str:
    """A text file's body exactly as ingest gives it to the pipeline (same offsets)."""
    from sourcetrace.ingest.decode import decode_bytes
    from sourcetrace.ingest.readers import read_plain_text

    text, _ = decode_bytes(path.read_bytes())
    return read_plain_text(text).text


def article_texts(doc: Mapping[str, Any], story: Path) -> dict[str, str]:
    """File name -> analysed text: ``articles[].text``, else the body read from the file."""
    out: dict[str, str] = {}
    for a in doc.get("articles", []):
        name = Path(str(a.get("path") or "")).name
        if not name:
            continue
        if isinstance(a.get("text"), str):
            out[name] = a["text"]
            continue
        for cand in (Path(str(a.get("path"))), story / "articles" / name):
            if cand.is_file():
                out[name] = _body(cand)
                break
    return out


def evaluate_story(
    story: Path, doc: Mapping[str, Any] | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """Score one story: run the pipeline (with ``settings``) unless ``doc`` (a JSON v1
    document) is given."""
    gold = read_gold(story)
    if doc is None:
        doc = analyse(story, settings)
    result = score_story(gold, doc, article_texts(doc, story))
    result["story"] = story.name
    return result


def average(results: Sequence[Mapping[str, Any]]) -> dict[str, float | None]:
    keys = list(dict.fromkeys(k for r in results for k in r["figures"]))
    return {k: mean(r["figures"].get(k) for r in results) for k in keys}


def _cell(key: str, value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if key == "false_copies" else f"{value:.3f}"


def table(rows: Sequence[tuple[str, Mapping[str, float | None]]]) -> str:
    """A plain text table: one row per story, one column per figure."""
    head = ["story", *(title for _, title in COLUMNS)]
    body = [[name, *(_cell(k, figs.get(k)) for k, _ in COLUMNS)] for name, figs in rows]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                       enumerate(zip(r, widths, strict=True))) for r in [head, *body]]  # fmt: skip
    return "\n".join(lines)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def error_listing(result: Mapping[str, Any]) -> list[str]:
    """Per gold claim: its match, then each mention, covered or not and where it went."""
    lines = [f"== {result['story']}: errors by gold claim"]
    for c in result["claims"]:
        m = c["match"]
        state = "found" if c["found"] else "NOT found"
        head = f"{c['id']} [{state}, {c['covered']}/{c['mentions_n']} mentions]"
        lines.append(f"{head} gold {c['gold_grade']}, first {c['gold_first']}: {_short(c['text'])}")
        if m is None:
            lines.append("   match: none")
        else:
            lines.append(f"   match: {m['id']} {m['grade']}, first {m['first_reported_by']}: "
                         f"{_short(m['text'])}")  # fmt: skip
        for x in c["mentions"]:
            mark = "+" if x["covered"] else "-"
            denial = ""
            if x["denial_found"] is not None:
                denial = " [stance denies]" if x["denial_found"] else " [stance NOT denies]"
            elif x.get("marked_denial"):
                denial = " [stance denies: WRONG]"
            who = _short(x["speaker"], 40)
            lines.append(f"   {mark} {x['file']} {x['role']} ({who}){denial}: "
                         f"{_short(x['quote'], 70)}")  # fmt: skip
            if not x["covered"]:
                lines.extend(f"       went to {_short(w, 100)}" for w in x["went_to"])
    missed = [a["name"] for a in result.get("anonymous", []) if not a["found"]]
    if missed:
        lines.append("anonymous speakers not found: " + "; ".join(missed))
    return lines


def command(
    stories: Annotated[
        list[Path], typer.Argument(help="Story folders, each with articles/ and gold.json.")
    ],
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Score this JSON v1 analysis of the one story given "
                     "instead of running the pipeline."),  # fmt: skip
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write every figure and the error listing here.")
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List each gold claim's match and mentions.")
    ] = False,
    settings_file: Annotated[
        Path | None,
        typer.Option("--settings", help="A settings TOML for the pipeline run (same keys as "
                     "the packaged settings.toml), e.g. to compare claim thresholds."),  # fmt: skip
    ] = None,
) -> None:
    """Claim-level provenance per story: copies, anonymous sources, claims, grades, citations."""
    # A glob over the stories folder ("stories/*") takes its README too: not a story.
    for path in stories:
        if path.is_file():
            typer.echo(f"skipped {path}: a file, not a story folder", err=True)
    stories = [path for path in stories if not path.is_file()]
    if not stories:
        raise InputError("no story folder given (a story is a folder with articles/ and "
                         "gold.json)", code="E213")
    if predictions is not None and len(stories) != 1:
        raise typer.BadParameter("--predictions scores one story: give exactly one folder")
    doc: dict[str, Any] | None = None
    if predictions is not None:
        if not predictions.is_file():
            raise InputError(f"no such predictions file: {predictions}", code="E213")
        doc = json.loads(predictions.read_text(encoding="utf-8"))
    settings = load_settings(settings_file) if settings_file is not None else None
    results = [evaluate_story(s, doc, settings) for s in stories]
    avg = average(results)
    rows = [(r["story"], r["figures"]) for r in results]
    if len(results) > 1:
        rows.append(("mean", avg))
    typer.echo(table(rows))
    if errors:
        for r in results:
            typer.echo("")
            typer.echo("\n".join(error_listing(r)))
    if json_out is not None:
        out = {"stories": {r["story"]: r for r in results}, "average": avg}
        json_out.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
