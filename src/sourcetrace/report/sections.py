"""Page sections about sources, outlets, dates and articles."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from sourcetrace.report.claims import STANCE_WORDS, evidence_link
from sourcetrace.report.data import SPEAKER_GROUPS, Evidence, Item, ReportData
from sourcetrace.report.html import esc, link, shorten, slug, tag, ul
from sourcetrace.report.links import Links
from sourcetrace.report.marks import render_marked

_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def timeline(data: ReportData, links: Links) -> str:
    """Dated events and publications, oldest first; undated events last."""
    rows: list[tuple[str, str, str]] = []
    # The events stage may date publications itself; then it is not listed twice.
    dated = {e.get("article") for e in data.events if e.get("kind") == "publication"}
    for art in data.articles:
        if art.get("published") and not art.get("duplicate_of") and art["id"] not in dated:
            rows.append((art["published"], "publication",
                         f"{link(links.article(art['id']), data.article_label(art['id']))} published"
                         f' <span class="muted">({esc(art.get("published_basis") or "date")})</span>'))
    # A copy's events repeat its original's: one row per (date, text) and duplicate group.
    for ev in data.once_across_copies(data.events, "date", "text"):
        claim = str(ev.get("claim") or "")
        about = f" — {link(links.claim(claim), shorten(data.claim_by_id[claim].get('text'), 90))}" \
            if claim in data.claim_by_id else ""
        rng = ev.get("date_range")
        when = ""
        if isinstance(rng, list | tuple) and len(rng) == 2 and rng[0] != rng[1]:
            when = f"{rng[0]} to {rng[1]}"
        if ev.get("approximate"):
            when = f"about {when or ev.get('date') or ''}".strip()
        note = f' <span class="muted">({esc(when)})</span>' if when else ""
        rows.append((
            ev.get("date") or "",
            ev.get("kind") or "mention",
            f"“{esc(shorten(ev.get('text'), 200))}”{note}{about} "
            f'<span class="muted">{esc(ev.get("expression") or "")}, in '
            f"{esc(data.article_label(ev.get('article', '')))}</span> "
            f"{evidence_link(links, data.evidence_of(ev, 'event'))}",
        ))
    if not rows:
        return '<p class="empty">No dated events or publications were found.</p>'
    rows.sort(key=lambda r: (r[0] == "", r[0]))
    items = "".join(
        f'<li class="ev-{esc(kind)}"><time{_datetime(date)}>'
        f"{esc(date or 'undated')}</time> <span class=\"kind\">{esc(kind)}</span> {body}</li>"
        for date, kind, body in rows
    )
    return f'<ol class="timeline">{items}</ol>'


def _datetime(value: str) -> str:
    # Only calendar values are valid `datetime`s; "2018-WI" (a season) stays text.
    return f' datetime="{esc(value)}"' if _ISO.fullmatch(value) else ""


def speakers(data: ReportData, links: Links, *, level: int = 3,
             only: Sequence[Item] | None = None, expanded: bool = False) -> str:
    """Sources by kind; ``only`` limits the list (a filtered page or one source's own),
    ``expanded`` shows the statements without a click."""
    chosen = data.speakers if only is None else list(only)
    if not chosen:
        return '<p class="empty">No sources were identified.</p>'
    out = []
    for kind, heading in SPEAKER_GROUPS:
        group = sorted((s for s in chosen if (s.get("type") or "other") == kind),
                       key=lambda s: (-len(data.statements.get(s["id"], [])),
                                      str(s.get("label")).casefold()))
        if not group:
            continue
        cards = []
        for spk in group:
            facts = [f"{k}: {v}" for k, v in (("role", spk.get("role")),
                                              ("affiliation", spk.get("affiliation")),
                                              ("country", spk.get("country"))) if v]
            facts += [f"{k}: {v}" for k, v in (spk.get("descriptors") or {}).items()
                      if k not in ("nationality",) and v not in (None, "", [])]
            said = []
            for att in data.statements.get(spk["id"], []):
                stance = att.get("stance") or "reports"
                claim = str(att.get("claim") or "")
                about = f" ({link(links.claim(claim), 'claim')})" if claim in data.claim_by_id else ""
                said.append(
                    f'<span class="stance s-{esc(stance)}">{esc(STANCE_WORDS.get(stance, stance))}'
                    f"</span> “{esc(shorten(att.get('content'), 220))}”{about} "
                    f'<span class="muted">{esc(data.outlet_of(att.get("article", "")))}</span> '
                    f"{evidence_link(links, data.evidence_of(att, 'attribution'))}"
                )
            cards.append(
                f'<li id="spk-{esc(spk["id"])}" class="speaker">'
                f"<strong>{link(links.speaker(spk['id']), spk.get('label') or spk.get('name') or spk['id'])}</strong>"
                f'{" — " + esc("; ".join(map(str, facts))) if facts else ""}'
                f' <span class="muted">{_count(len(said), "statement")} in '
                f"{_count(len(spk.get('articles') or []), 'article')}</span>"
                f"{_statements(said, expanded)}</li>"
            )
        out.append(f'<section class="spk-group" aria-labelledby="sg-{kind}">'
                   f'<h{level} id="sg-{kind}">{esc(heading)} ({len(group)})</h{level}>'
                   f'<ul class="speakers">{"".join(cards)}</ul></section>')
    return "".join(out)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _statements(said: list[str], expanded: bool) -> str:
    if not said:
        return ""
    return (f'<details open><summary>Statements</summary>{ul(said)}</details>' if expanded
            else tag("details", tag("summary", "Statements") + ul(said)))


def outlets(data: ReportData, links: Links, *, level: int = 3,
            only: Sequence[str] | None = None) -> str:
    """Outlets with their articles, what they cite and who cites them; ``only`` limits
    the list (one outlet's own page)."""
    names = data.outlets() if only is None else list(only)
    if not names:
        return '<p class="empty">No outlets were found.</p>'
    published: dict[str, list[str]] = defaultdict(list)
    for art in data.articles:
        published[data.outlet_of(art["id"])].append(art["id"])
    cited_by: dict[str, list[Item]] = defaultdict(list)
    for cit in data.citations:
        cited_by[cit.get("outlet", "")].append(cit)
    out = []
    for name in names:
        arts = published.get(name, [])
        cites = [c for a in arts for c in data.citations_by_article.get(a, [])
                 if c.get("outlet") != name]
        cite_items = [
            f"{link(links.outlet(c['outlet']), c['outlet'])} "
            f'<span class="muted">({esc(c.get("kind"))}, “{esc(c.get("cue"))}”)</span> '
            f"{evidence_link(links, data.evidence_of(c, 'citation'))}" for c in cites
        ]
        by = sorted({data.outlet_of(c["article"]) for c in cited_by.get(name, [])
                     if data.outlet_of(c["article"]) != name})
        art_items = [link(links.article(a), data.article_label(a)) for a in arts]
        out.append(
            f'<li id="outlet-{esc(slug(name))}" class="outlet">'
            f"<h{level}>{link(links.outlet(name), name)}</h{level}>"
            f"<p>{len(arts)} articles; cites {len(cites)} reports; cited by "
            f"{esc(', '.join(by)) if by else 'no other outlet here'}.</p>"
            f"{tag('details', tag('summary', 'Articles') + ul(art_items)) if art_items else ''}"
            f"{tag('details', tag('summary', 'What it cites') + ul(cite_items)) if cite_items else ''}"
            "</li>"
        )
    return f'<ul class="outlets">{"".join(out)}</ul>'


def article_list(data: ReportData, links: Links) -> str:
    if not data.articles:
        return '<p class="empty">No articles.</p>'
    rows = []
    for art in sorted(data.articles, key=lambda a: (a.get("published") or "9999", a["id"])):
        dup = art.get("duplicate_of")
        note = (f' <span class="muted">copy of {link(links.article(dup), data.article_label(dup))}'
                "</span>") if dup else ""
        rows.append(
            f"{link(links.article(art['id']), data.article_label(art['id']))} "
            f'<span class="muted">{esc(art.get("published") or "undated")}, '
            f"{esc(art.get('words', 0))} words</span>{note}"
        )
    return ul(rows, class_="articles")


def article_full(data: ReportData, links: Links, art: Item,
                 evidence: list[Evidence] | None = None, *, level: int = 3) -> str:
    """One article with every evidence span marked; the target of evidence links."""
    aid = art["id"]
    meta = [esc(v) for v in (art.get("outlet"), art.get("author"), art.get("published")) if v]
    url = str(art.get("url") or "")
    if url.startswith(("http://", "https://")):
        # The original, to read it where it was published (never a script: http(s) only).
        meta.append(link(url, url, rel="noopener noreferrer nofollow"))
    elif url:
        meta.append(esc(url))
    dup = art.get("duplicate_of")
    dup_note = (f"<p>Copy of {link(links.article(dup), data.article_label(dup))}.</p>"
                if dup else "")
    dup_note += _origin_note(data, links, art) + _shared_note(data, links, aid)
    text = render_marked(art.get("text") or "", evidence or [])
    return (
        f'<article class="article" id="art-{esc(aid)}" aria-labelledby="art-{esc(aid)}-h">'
        f'<h{level} id="art-{esc(aid)}-h">{esc(art.get("title") or data.article_label(aid))}</h{level}>'
        f'<p class="muted">{" · ".join(meta)} · id {esc(aid)}</p>{dup_note}'
        f"{MARK_LEGEND}{_findings(data, links, aid)}"
        f'<div class="article-text">{text}</div></article>'
    )


# What each highlight colour means (style.css gives each kind its colour).
MARK_LEGEND = (
    '<p class="mark-legend">Marked: <mark class="ev k-attribution">a statement credited to a '
    'source</mark> <mark class="ev k-citation">an outlet credited</mark> '
    '<mark class="ev k-event">a dated event</mark> <mark class="ev k-claim">a claim in the '
    "article's own voice</mark></p>"
)


def _findings(data: ReportData, links: Links, article_id: str) -> str:
    """The article's statements beside its text: who, what, which claim, and a link to
    the marked sentence."""
    rows = []
    for att in data.attributions:
        if att.get("article") != article_id:
            continue
        ev = data.evidence_of(att, "attribution")
        who = (link(links.speaker(att["speaker"]), data.speaker_label(att["speaker"]))
               if att.get("speaker") else esc(att.get("source_text") or "unstated source"))
        claim = str(att.get("claim") or "")
        about = (f" — {link(links.claim(claim), shorten(data.claim_by_id[claim].get('text'), 80))}"
                 if claim in data.claim_by_id else "")
        where = f" {link('#' + ev.key, 'in the text')}" if ev is not None else ""
        row = f"{who}: “{esc(shorten(att.get('content'), 140))}”{about}{where}"
        if ev is not None:
            # Where a click on the highlight leads (app.js): the claim, else the source.
            go = (links.claim(claim) if claim in data.claim_by_id
                  else links.speaker(att["speaker"]) if att.get("speaker") else "")
            row = (f'<span class="finding" data-ev="{esc(ev.key)}" data-go="{esc(go)}">'
                   f"{row}</span>")
        rows.append(row)
    if not rows:
        return ""
    return tag("details", tag("summary", f"Statements in this article ({len(rows)})") + ul(rows),
               class_="findings")


_REUSE_WORDS = {
    "verbatim": "word for word", "edited": "an edited copy", "contained": "a cut copy",
    "partial": "a partial copy", "quoted": "the same quotation", "passage": "shared passages",
}


def _origin_note(data: ReportData, links: Links, art: Item) -> str:
    """Who wrote the text, on what evidence, with a link to the article holding it."""
    origin = art.get("origin")
    if not origin or not origin.get("outlet"):
        return ""
    where = origin.get("article")
    seen = (f" (see {link(links.article(where), data.article_label(where))})"
            if where and where != art["id"] else "")  # fmt: skip
    return (f'<p class="origin">Text by <strong>{esc(origin["outlet"])}</strong> '
            f'<span class="muted">— {esc(origin.get("evidence", ""))}{seen}</span></p>')


def _shared_note(data: ReportData, links: Links, article_id: str, limit: int = 8) -> str:
    """The other articles this one shares text with, the most shared first."""
    rows: list[tuple[float, str]] = []
    for r in data.reuse:
        if article_id not in (r.get("a"), r.get("b")):
            continue
        side = "a" if r["a"] == article_id else "b"
        other = r["b"] if side == "a" else r["a"]
        share = float(r.get(f"share_{side}") or 0.0)
        spans = [(p[f"{side}_start"], p[f"{side}_end"]) for p in r.get("passages") or []]
        where = _paragraphs(str(data.article_by_id.get(article_id, {}).get("text") or ""), spans)
        rows.append((share, f"{link(links.article(other), data.article_label(other))} "
                            f'<span class="muted">{where} ({share:.0%} of this text), '
                            f"{esc(_REUSE_WORDS.get(r.get('kind', ''), r.get('kind', '')))}</span>"))
    if not rows:
        return ""
    rows.sort(key=lambda t: -t[0])
    more = len(rows) - limit
    tail = f'<p class="muted">and {more} more</p>' if more > 0 else ""
    return f"<p>Shares text with:</p>{ul([r for _, r in rows[:limit]], class_='shared')}{tail}"


def _paragraphs(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Which paragraphs the spans touch, in words: "paragraphs 1-4 of 6"."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n", text)]
    total = len(starts)
    touched = sorted({i for s, e in spans for i in range(total)
                      if starts[i] < e and (i + 1 == total or s < starts[i + 1])})  # fmt: skip
    if not touched:
        return "passages"
    runs: list[list[int]] = []
    for i in touched:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts = [f"{r[0] + 1}" if len(r) == 1 else f"{r[0] + 1}-{r[-1] + 1}" for r in runs]
    noun = "paragraph" if len(touched) == 1 else "paragraphs"
    return f"{noun} {', '.join(parts)} of {total}"

