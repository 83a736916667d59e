"""A claim's provenance graph (articles -> outlets they credit -> sources) drawn as inline SVG.

networkx holds the graph and gives the layered layout; the SVG is written here
so the report needs no script or external renderer. Copies collapse into their
canonical article, the earliest article is marked, denials get their own style.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from sourcetrace.report.data import Item, ReportData, _span
from sourcetrace.report.html import esc, shorten
from sourcetrace.report.links import Links

LAYERS = ("article", "outlet", "source")
NODE_W, NODE_H, COL_GAP, ROW_GAP, PAD = 210, 34, 70, 12, 10


def _overlaps(a: Any, b: Any) -> bool:
    sa, sb = _span(a), _span(b)
    return bool(sa and sb and sa[0] < sb[1] and sb[0] < sa[1])


def provenance_graph(data: ReportData, claim: Item) -> nx.DiGraph:
    """Nodes carry ``layer``, ``label``, ``classes`` and ``href`` keys; edges a ``kind``."""
    g: nx.DiGraph = nx.DiGraph()
    articles = [a for a in claim.get("articles") or [] if a in data.article_by_id]
    canon = {a: data.canonical.get(a, a) for a in articles}
    dated = sorted((data.article_by_id[a].get("published") or "9999", a) for a in canon.values())
    earliest = dated[0][1] if dated else None
    copies: dict[str, int] = {}
    for aid in articles:
        copies[canon[aid]] = copies.get(canon[aid], 0) + (aid != canon[aid])
    for aid in dict.fromkeys(canon.values()):
        art = data.article_by_id.get(aid, {})
        label = data.article_label(aid)
        if copies.get(aid):
            label += f" (+{copies[aid]} {'copy' if copies[aid] == 1 else 'copies'})"
        stance = (claim.get("article_stances") or {}).get(aid)
        classes = ["article"] + (["earliest"] if aid == earliest else [])
        if stance == "denies":
            classes.append("denies")  # an article that disputes the claim in its own voice
        if aid == earliest:
            label = "★ " + label
        title = label + (f", {art['published']}" if art.get("published") else "")
        g.add_node(f"a:{aid}", layer=0, label=label, title=title, classes=classes, href=aid)

    first = set(claim.get("first_reported_by") or [])
    # Related statements are listed with the claim but are not its sources.
    related = set(claim.get("related") or [])
    mentions = [data.attribution_by_id[m] for m in claim.get("mentions") or []
                if m in data.attribution_by_id and m not in related]
    sentences = [m.get("sentence_span") or m.get("span") for m in mentions]
    cites: list[Item] = []
    for aid in articles:
        own = data.outlet_of(aid)
        for cit in data.citations_by_article.get(aid, []):
            if cit.get("outlet") == own and cit.get("kind") == "source_line":
                continue  # an outlet naming itself is no citation of another
            linked = cit.get("claim") == claim.get("id") or cit.get("outlet") in first
            near = any(_overlaps(cit.get("sentence_span") or cit.get("span"), s) for s in sentences)
            if linked or near:
                cites.append(cit)
    for cit in cites:
        node = f"o:{cit['outlet']}"
        classes = ["outlet"] + (["first"] if cit["outlet"] in first else [])
        g.add_node(node, layer=1, label=cit["outlet"], title=cit["outlet"], classes=classes,
                   href=cit["outlet"])
        g.add_edge(f"a:{canon[cit['article']]}", node, kind="cites")
    for name in first:
        g.add_node(f"o:{name}", layer=1, label=name, title=f"{name} (first reported)",
                   classes=["outlet", "first"], href=name)

    asserted, denied = set(claim.get("asserted_by") or []), set(claim.get("denied_by") or [])
    for att in mentions:
        sid = att.get("speaker")
        if not sid or att.get("article") not in canon:
            continue
        stance = att.get("stance") or ("denies" if sid in denied else "asserts")
        _source_node(g, data, sid, denied, asserted)
        via = next((c for c in cites if c["article"] == att["article"]
                    and _overlaps(c.get("sentence_span") or c.get("span"),
                                  att.get("sentence_span") or att.get("span"))), None)
        origin = f"o:{via['outlet']}" if via else f"a:{canon[att['article']]}"
        g.add_edge(origin, f"s:{sid}", kind=stance)
    for sid in asserted | denied:
        if f"s:{sid}" in g or sid not in data.speaker_by_id:
            continue
        _source_node(g, data, sid, denied, asserted)
        for aid in data.speaker_by_id[sid].get("articles") or []:
            if aid in canon:
                g.add_edge(f"a:{canon[aid]}", f"s:{sid}",
                           kind="denies" if sid in denied else "asserts")
    return g


def _source_node(g: nx.DiGraph, data: ReportData, sid: str, denied: set[str],
                 asserted: set[str]) -> None:
    spk = data.speaker_by_id.get(sid, {})
    classes = ["source", f"type-{spk.get('type') or 'other'}"]
    if sid in denied and sid not in asserted:
        classes.append("denies")
    label = data.speaker_label(sid)
    g.add_node(f"s:{sid}", layer=2, label=label, title=label, classes=classes, href=sid)


def _layout(g: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Columns by layer; rows start from networkx's multipartite layout, then a few
    barycenter sweeps (each node moves toward its neighbours' mean row) cut crossings."""
    if not g:
        return {}
    pos = nx.multipartite_layout(g, subset_key="layer", align="vertical")
    layers = [sorted((n for n, d in g.nodes(data=True) if d["layer"] == i),
                     key=lambda n: (pos[n][1], n)) for i in range(len(LAYERS))]
    row = {n: float(i) for layer in layers for i, n in enumerate(layer)}

    def sweep(i: int, neighbours: Callable[[str], Iterable[str]]) -> None:
        def centre(n: str) -> float:
            seen = [row[m] for m in neighbours(n)]
            return sum(seen) / len(seen) if seen else row[n]

        layers[i].sort(key=lambda n: (centre(n), row[n]))
        row.update((n, float(k)) for k, n in enumerate(layers[i]))

    for _ in range(2):
        for i in range(1, len(layers)):
            sweep(i, g.predecessors)
        for i in range(len(layers) - 2, -1, -1):
            sweep(i, g.successors)
    return {n: (PAD + i * (NODE_W + COL_GAP), PAD + 24 + k * (NODE_H + ROW_GAP))
            for i, layer in enumerate(layers) for k, n in enumerate(layer)}


def render_svg(g: nx.DiGraph, links: Links, *, title: str, ident: str) -> str:
    """The graph as an accessible inline SVG (``role=img`` with a title and description)."""
    pos = _layout(g)
    rows = max((sum(1 for _, d in g.nodes(data=True) if d["layer"] == i)
                for i in range(len(LAYERS))), default=0)
    width = PAD * 2 + len(LAYERS) * NODE_W + (len(LAYERS) - 1) * COL_GAP
    height = PAD * 2 + 24 + max(rows, 1) * (NODE_H + ROW_GAP)
    counts = {name: sum(1 for _, d in g.nodes(data=True) if d["layer"] == i)
              for i, name in enumerate(LAYERS)}
    denials = sum(1 for *_, d in g.edges(data=True) if d["kind"] == "denies")
    desc = (f"{counts['article']} articles, {counts['outlet']} credited outlets, "
            f"{counts['source']} sources; {denials} denial links.")
    parts = [
        f'<svg class="provenance" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{esc(ident)}-t {esc(ident)}-d" data-nodes="{g.number_of_nodes()}">',
        f'<title id="{esc(ident)}-t">{esc(title)}</title><desc id="{esc(ident)}-d">{esc(desc)}</desc>',
        f'<defs><marker id="{esc(ident)}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" '
        'class="arrowhead"/></marker></defs>',
    ]
    for i, name in enumerate(("Articles", "Credited outlets", "Sources")):
        parts.append(f'<text class="col-head" x="{PAD + i * (NODE_W + COL_GAP)}" y="{PAD + 12}">'
                     f"{name}</text>")
    for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        if u not in pos or v not in pos:
            continue
        (x1, y1), (x2, y2) = pos[u], pos[v]
        x1, y1, y2 = x1 + NODE_W, y1 + NODE_H / 2, y2 + NODE_H / 2
        mid = (x1 + x2) / 2
        parts.append(
            f'<path class="edge e-{esc(d["kind"])}" d="M{x1:.0f},{y1:.0f} C{mid:.0f},{y1:.0f} '
            f'{mid:.0f},{y2:.0f} {x2:.0f},{y2:.0f}" marker-end="url(#{esc(ident)}-arrow)">'
            f"<title>{esc(d['kind'])}</title></path>"
        )
    for node, d in sorted(g.nodes(data=True), key=lambda n: n[0]):
        x, y = pos[node]
        href = _href(links, node, d["href"])
        parts.append(
            f'<a href="{esc(href)}" class="node {" ".join("n-" + esc(c) for c in d["classes"])}">'
            f"<title>{esc(d['title'])}</title>"
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{NODE_W}" height="{NODE_H}" rx="6"/>'
            f'<text x="{x + 8:.0f}" y="{y + 21:.0f}">{esc(shorten(d["label"], 30))}</text></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _href(links: Links, node: str, key: str) -> str:
    kind = node[0]
    if kind == "a":
        return links.article(key)
    if kind == "o":
        return links.outlet(key)
    return links.speaker(key)
