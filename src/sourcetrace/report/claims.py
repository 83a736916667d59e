"""Page sections about claims: overview, the claims table, one claim with its provenance."""

from __future__ import annotations

from sourcetrace.provenance.grade import grade_legend
from sourcetrace.report.data import Evidence, Item, ReportData
from sourcetrace.report.graph import provenance_graph, render_svg
from sourcetrace.report.html import esc, link, shorten, tag, ul
from sourcetrace.report.links import Links

GRADE_NOTE = (
    "Grades describe how each claim is sourced in these texts, not whether it is true. "
    "Letters (A–F) rate the best source behind a claim; numbers (1–6) rate how it is "
    "supported across the corpus. Reach (how many articles carry a claim) is not corroboration."
)
STANCE_WORDS = {"asserts": "asserts", "denies": "denies", "questions": "questions",
                "reports": "relays"}


def grade_badge(grade: str | None) -> str:
    text = grade or "–"
    rel = text[:1] if grade else "none"
    return f'<span class="grade g-{esc(rel)}" title="sourcing grade {esc(text)}">{esc(text)}</span>'


def evidence_link(links: Links, ev: Evidence | None, text: str = "evidence") -> str:
    if ev is None:
        return ""
    return link(links.evidence(ev), text, class_="evlink", data_ev=ev.key)


def overview(data: ReportData, links: Links) -> str:
    first, last = data.date_range()
    span = f"{first} to {last}" if first and first != last else (first or "no dates found")
    outlets = [a.get("outlet") for a in data.articles if a.get("outlet")]
    facts = [
        ("Articles", f"{len(data.articles)}"),
        ("Publishing outlets", f"{len(set(outlets))}"),
        ("Date range", span),
        ("Duplicate groups", f"{len(data.duplicate_groups)}"),
        ("Claims", f"{len(data.claims)}"),
        ("Sources (speakers)", f"{len(data.speakers)}"),
        ("Citations of outlets", f"{len(data.citations)}"),
        ("Rejected inputs", f"{len(data.rejected)}"),
    ]
    dl = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in facts)
    groups = []
    for grp in data.duplicate_groups:
        members = [m for m in grp.get("members", []) if m != grp.get("canonical")]
        copies = ", ".join(link(links.article(m), data.article_label(m)) for m in members)
        groups.append(
            f"{link(links.article(grp['canonical']), data.article_label(grp['canonical']))} "
            f"<span class=\"muted\">({esc(grp.get('kind'))}, similarity "
            f"{float(grp.get('similarity') or 0):.2f})</span> copied by {copies}"
        )
    dup = (tag("h3", "Duplicate groups") + ul(groups)) if groups else ""
    rejected = ""
    if data.rejected:
        rows = [f"{esc(r.get('path'))}{':' + esc(r['line']) if r.get('line') else ''}: "
                f"{esc(r.get('reason'))}" for r in data.rejected]
        rejected = tag("details", tag("summary", f"Rejected inputs ({len(rows)})") + ul(rows))
    return f'<dl class="facts">{dl}</dl>{dup}{rejected}'


def claims_table(data: ReportData, links: Links, claims: list[Item] | None = None) -> str:
    rows = claims if claims is not None else data.claims_by_reach()
    note = f'<p class="note" role="note"><strong>Note:</strong> {esc(GRADE_NOTE)}</p>'
    if not rows:
        return note + '<p class="empty">No claims were found in this analysis.</p>'
    grades = sorted({(c.get("grade") or "")[:1] for c in rows if c.get("grade")})
    buttons = "".join(
        f'<button type="button" class="chip" data-filter-rel="{esc(g)}" aria-pressed="false">'
        f"{esc(g)}</button>" for g in grades
    )
    controls = (
        '<div class="filters" data-for="claims-table" hidden>'
        '<label for="claim-filter">Filter claims</label>'
        '<input id="claim-filter" type="search" placeholder="words in the claim">'
        f'<span role="group" aria-label="Source reliability">{buttons}'
        '<button type="button" class="chip" data-filter-rel="" aria-pressed="true">all</button>'
        "</span>"
        '<label><input type="checkbox" id="claim-denied"> disputed only</label>'
        '<output id="claim-count" aria-live="polite"></output></div>'
    )
    body = []
    for c in rows:
        grade = c.get("grade") or ""
        reasons = [str(r) for r in c.get("reasons") or []]
        more = ""
        if len(reasons) > 1:
            more = tag("details", tag("summary", "more") + ul(esc(r) for r in reasons[1:]))
        denied = len(c.get("denied_by") or [])
        first = esc(", ".join(c.get("first_reported_by") or []) or "–")
        when = _first_date(data, c)
        if when:
            first += f' <span class="muted">{esc(when)}</span>'
        distinct, copies = _reach_and_copies(data, c)
        reach = str(distinct)
        if copies:
            reach += f' <span class="muted">+ {_count(copies, "copy", "copies")}</span>'
        body.append(
            f'<tr data-grade="{esc(grade)}" data-rel="{esc(grade[:1])}" '
            f'data-denied="{1 if denied else 0}" data-text="{esc((c.get("text") or "").casefold())}" '
            f'data-reach="{distinct}" data-sources="{esc(c.get("independent_sources", 0))}" '
            f'data-first="{esc(when)}">'
            f'<td>{link(links.claim(c["id"]), c.get("text") or c["id"])}</td>'
            f'<td class="num" data-label="Reach">{reach}</td>'
            f'<td class="num" data-label="Independent sources">'
            f'{esc(c.get("independent_sources", 0))}</td>'
            f'<td data-label="Who claims it">{_who(data, links, c.get("asserted_by"))}</td>'
            f'<td data-label="First reported by">{first}</td>'
            f'<td data-label="Who denies it">{_who(data, links, c.get("denied_by"))}</td>'
            f"<td data-label=\"Grade\">{grade_badge(c.get('grade'))}</td>"
            f"<td>{esc(reasons[0]) if reasons else ''}{more}</td></tr>"
        )
    # data-sort: the columns app.js lets a reader sort by (the row attribute it reads).
    head = ("<thead><tr><th scope=\"col\">Claim</th>"
            "<th scope=\"col\" data-sort=\"reach\">Reach (articles)</th>"
            "<th scope=\"col\" data-sort=\"sources\">Independent sources</th>"
            "<th scope=\"col\">Who claims it</th>"
            "<th scope=\"col\" data-sort=\"first\">First reported by</th>"
            "<th scope=\"col\">Who denies it</th>"
            "<th scope=\"col\" data-sort=\"grade\">Grade</th>"
            "<th scope=\"col\">Why this grade</th></tr></thead>")
    table = (f'<div class="scroll"><table id="claims-table" class="claims">'
             f"<caption>Claims, by reach</caption>{head}<tbody>{''.join(body)}</tbody></table></div>")
    return note + _legend(links) + controls + table


def _who(data: ReportData, links: Links, speakers: object, most: int = 3) -> str:
    """Up to ``most`` speakers, linked, and how many more: who claims or denies a claim."""
    ids = [str(s) for s in speakers or []] if isinstance(speakers, list | tuple) else []
    if not ids:
        return '<span class="muted">–</span>'
    shown = ", ".join(link(links.speaker(s), data.speaker_label(s)) + _kind(data, s)
                      for s in ids[:most])
    more = len(ids) - most
    return shown + (f' <span class="muted">and {more} more</span>' if more > 0 else "")


def _kind(data: ReportData, speaker_id: str) -> str:
    """A source's type beside its name ("(anonymous)"): how much a name can be weighed."""
    kind = str((data.speaker_by_id.get(speaker_id) or {}).get("type") or "")
    return f' <span class="muted">({esc(kind)})</span>' if kind else ""


def _legend(links: Links) -> str:
    """What the letters and digits mean: F and 6 say "cannot be judged", not "failed"."""
    letters, digits = grade_legend()
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in letters)
    rows += "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in digits)
    return tag("details", tag("summary", "What the grades mean")
               + f'<dl class="legend">{rows}</dl>'
               + f'<p>{link(links.page("grading"), "The whole rubric")}: how sources are '
               "counted, what disputes a claim.</p>", class_="legend")


def claim_detail(data: ReportData, links: Links, claim: Item, *, level: int = 3) -> str:
    cid = claim["id"]
    graph = provenance_graph(data, claim)
    svg = render_svg(graph, links, title=f"Provenance of: {shorten(claim.get('text'), 80)}",
                     ident=f"g-{cid}")
    reasons = ul(esc(r) for r in claim.get("reasons") or [])
    first = ", ".join(claim.get("first_reported_by") or []) or "not stated"
    party = set(claim.get("denied_by_party") or [])
    denied = [link(links.speaker(s), data.speaker_label(s))
              + (' <span class="muted">(a party to the claim)</span>' if s in party else "")
              for s in claim.get("denied_by") or []]
    mentions = []
    related = set(claim.get("related") or [])
    for mid in claim.get("mentions") or []:
        att = data.attribution_by_id.get(mid)
        if not att:
            continue
        note = (' <span class="muted">(related statement, not counted as a source)</span>'
                if mid in related else "")
        stance = att.get("stance") or "reports"
        who = link(links.speaker(att["speaker"]), data.speaker_label(att["speaker"])) \
            if att.get("speaker") else esc(att.get("source_text") or "unstated source")
        mentions.append(
            f'<span class="stance s-{esc(stance)}">{esc(STANCE_WORDS.get(stance, stance))}</span> '
            f"{who}: “{esc(shorten(_unquoted(att.get('content')), 240))}” "
            f'<span class="muted">in {esc(data.article_label(att["article"]))}</span> '
            f"{evidence_link(links, data.evidence_of(att, 'attribution'))}{note}"
        )
    for ev in data.claim_evidence(claim):
        if ev.kind == "claim":
            text = (data.article_by_id[ev.article].get("text") or "")[ev.span[0]:ev.span[1]]
            mentions.append(
                f'<span class="stance s-own">own voice</span> “{esc(shorten(text, 240))}” '
                f'<span class="muted">in {esc(data.article_label(ev.article))}</span> '
                f"{evidence_link(links, ev)}"
            )
    stances = [
        f"{link(links.article(aid), data.article_label(aid))}: "
        f'<span class="stance s-{esc(st)}">{esc(st)}</span>'
        for aid, st in sorted((claim.get("article_stances") or {}).items())
        if aid in data.article_by_id
    ]
    stance_list = (tag("details", tag("summary", f"How each article treats it ({len(stances)})")
                       + ul(stances)) if stances else "")
    independent = int(claim.get("independent_sources") or 0)
    h = f"h{level}"
    denial_note = ""
    if denied:
        parties = " Denials by a party to the claim are interested denials." if party else ""
        denial_note = f"<p><strong>Denied by</strong> {', '.join(denied)}.{esc(parties)}</p>"
    return (
        f'<article class="claim" id="claim-{esc(cid)}" aria-labelledby="claim-{esc(cid)}-h">'
        f'<{h} id="claim-{esc(cid)}-h">{grade_badge(claim.get("grade"))} {esc(claim.get("text"))}</{h}>'
        f"<p>Carried by {_carried(data, claim)}; {esc(_count(independent, 'independent primary source'))}; "
        f"first reported by {esc(first)}.</p>{denial_note}"
        f'<figure class="graph">{svg}<figcaption>Provenance: articles → outlets they credit → '
        f'sources. <span class="key-deny">Dashed red</span> links and nodes are denials; '
        f"★ marks the earliest article.</figcaption></figure>"
        f"{_chains(data, links, claim)}"
        f"<details open><summary>Why this grade</summary>{reasons}</details>"
        f"<details><summary>Mentions ({len(mentions)})</summary>{ul(mentions)}</details>"
        f"{stance_list}"
        "</article>"
    )


def _chains(data: ReportData, links: Links, claim: Item) -> str:
    """The claim's chains in words: "officials (anonymous) → The Daily Planet → 3
    articles", denials marked; nothing for a claim without chains."""
    rows = []
    for ch in claim.get("chains") or []:
        src = ch.get("source")
        if src:
            spk = data.speaker_by_id.get(src) or {}
            kind = spk.get("type")
            who = link(links.speaker(src), data.speaker_label(src)) + (
                f' <span class="muted">({esc(kind)})</span>' if kind in ("anonymous", "outlet")
                else "")
        else:
            who = '<span class="muted">no stated source</span>'
        hops = [who, *(esc(o) for o in ch.get("via") or []),
                esc(_count(len(ch.get("articles") or []), "article"))]
        lead = {"denies": "Denied: ", "questions": "Questioned: "}.get(ch.get("stance"), "")
        rows.append(f'<span class="chain-{esc(ch.get("stance"))}">{esc(lead)}'
                    + " → ".join(hops) + "</span>")
    if not rows:
        return ""
    return tag("details", tag("summary", f"How it reached the articles ({len(rows)})") + ul(rows))


def _carried(data: ReportData, claim: Item) -> str:
    """ "4 articles" or "4 articles (and 2 copies of them)": copies are not reach."""
    distinct, copies = _reach_and_copies(data, claim)
    more = f" (and {_count(copies, 'copy', 'copies')} of them)" if copies else ""
    return _count(distinct, "article") + more


def _reach_and_copies(data: ReportData, claim: Item) -> tuple[int, int]:
    """Distinct texts carrying the claim, and the copies of them among its articles
    (copies carry it too, but they are not reach)."""
    distinct = data.reach(claim)
    return distinct, len(claim.get("articles") or []) - distinct


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _first_date(data: ReportData, claim: Item) -> str:
    """The day of the earliest dated article carrying the claim: when it was first reported."""
    days = [str(art.get("published"))[:10] for a in claim.get("articles") or []
            if (art := data.article_by_id.get(a)) and art.get("published")]
    return min(days) if days else ""


def _unquoted(text: object) -> str:
    """A quote's text without its own outer quotation marks (the page adds them)."""
    return str(text or "").strip().strip("“”\"‘’'").rstrip(",").strip()
