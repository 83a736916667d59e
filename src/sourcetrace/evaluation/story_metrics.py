"""Scoring one story's JSON v1 analysis against its hand-made gold (see ``story.py``).

Pure functions over plain data: the gold dict (``gold.json``), the JSON v1 document and
each article's text keyed by file name. No pipeline code runs here, so the unit tests can
pin every figure on invented data.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sourcetrace.evaluation.story_copies import copy_scores, origin_scores
from sourcetrace.evaluation.story_match import Item, Span, overlaps, ratio, same_outlet

__all__ = ["mean", "same_outlet", "score_story"]


@dataclass(frozen=True)
class Unit:
    """One predicted mention sentence of a claim (or any attribution's sentence)."""

    file: str
    span: Span
    attribution: str | None  # None for an own-voice sentence (claims[].sentences)
    stance: str | None = None
    speaker_type: str | None = None
    claim: str | None = None
    via: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldMention:
    claim: int  # index into gold["claims"]
    file: str
    role: str
    speaker: str
    quote: str
    span: Span | None  # None when the quote is not in the analysed text


@dataclass
class Predicted:
    """The JSON v1 document indexed by file name (the basename of ``articles[].path``)."""

    files: dict[str, str]  # article id -> file name
    claims: list[Item]
    units: dict[str, list[Unit]]  # claim id -> its mention sentences
    attributions: list[Unit]  # every attribution's sentence
    anonymous_files: set[str] = field(default_factory=set)  # files an anonymous speaker is in


def _span(value: Any) -> Span | None:
    return (int(value[0]), int(value[1])) if value else None


def index_prediction(doc: Item) -> Predicted:
    files = {a["id"]: os.path.basename(str(a.get("path") or "")) for a in doc.get("articles", [])}
    spk_type = {s["id"]: s.get("type") for s in doc.get("speakers", [])}
    atts: dict[str, Unit] = {}
    for a in doc.get("attributions", []):
        # The sentence is what a gold quote holds; the content span stands in without one.
        span = _span(a.get("sentence_span")) or _span(a.get("span") or a.get("content_span"))
        if span is None or a.get("article") not in files:
            continue
        atts[a["id"]] = Unit(files[a["article"]], span, a["id"], a.get("stance"),
                             spk_type.get(a.get("speaker") or ""), a.get("claim"),
                             tuple(a.get("via") or ()))  # fmt: skip
    units: dict[str, list[Unit]] = {}
    for c in doc.get("claims", []):
        mine = [atts[m] for m in c.get("mentions") or [] if m in atts]
        if c.get("evidence"):
            mine = [_evidence_unit(atts[a], files[art], int(s), int(e))
                    for a, art, s, e in c["evidence"] if a in atts and art in files]
        # A mention's stance is the one toward this claim (a quote can assert one claim
        # and deny the next), where the result gives it.
        toward = {a: st for a, st in c.get("stances") or []}
        mine = [replace(u, stance=toward[u.attribution]) if u.attribution in toward else u
                for u in mine]
        # Own-voice mentions (a sentence clustered into the claim with no attribution)
        # are mention sentences too: the claim says where it appears without a source.
        for art, start, end in c.get("sentences") or []:
            if art in files:
                mine.append(Unit(files[art], (int(start), int(end)), None, None, None, c["id"]))
        units[c["id"]] = mine
    anon = {
        files[art]
        for s in doc.get("speakers", []) if s.get("type") == "anonymous"
        for art in s.get("articles") or [] if art in files
    }  # fmt: skip
    return Predicted(files, list(doc.get("claims", [])), units, list(atts.values()), anon)


def _evidence_unit(att: Unit, file: str, start: int, end: int) -> Unit:
    """An attributed mention where the claim reads it: the attribution's sentence when the
    part lies in it, else the part itself (a later sentence of a long quote)."""
    lo, hi = att.span
    if lo <= start and end <= hi:
        return att
    return Unit(file, (start, end), att.attribution, att.stance, att.speaker_type, att.claim,
                att.via)


def gold_mentions(gold: Item, texts: Mapping[str, str]) -> list[list[GoldMention]]:
    """Each gold claim's mentions, located by ``str.find`` of the quote in the file's text."""
    out: list[list[GoldMention]] = []
    for i, c in enumerate(gold.get("claims", [])):
        row = []
        for m in c.get("mentions", []):
            text, quote = texts.get(m["file"]), m["quote"]
            at = text.find(quote) if text is not None and quote else -1
            span = (at, at + len(quote)) if at >= 0 else None
            row.append(GoldMention(i, m["file"], m.get("role", ""), m.get("speaker", ""),
                                   quote, span))  # fmt: skip
        out.append(row)
    return out


def on(units: Iterable[Unit], m: GoldMention) -> list[Unit]:
    """The units that fall on gold mention ``m`` (same file, overlapping characters)."""
    if m.span is None:
        return []
    span = m.span
    return [u for u in units if u.file == m.file and overlaps(u.span, span)]


def match_claims(mentions: Sequence[Sequence[GoldMention]],
                 pred: Predicted) -> dict[int, tuple[str, int]]:  # fmt: skip
    """One-to-one greedy matching: gold claim index -> (predicted claim id, mentions covered).

    Pairs are taken by descending number of the gold claim's mentions the predicted claim
    covers (ties: gold order, then predicted order), so one giant predicted cluster answers
    for one gold claim only. Pairs covering no mention are never matched.
    """
    order = {c["id"]: k for k, c in enumerate(pred.claims)}
    cand = []
    for g, ms in enumerate(mentions):
        for cid, units in pred.units.items():
            n = sum(1 for m in ms if on(units, m))
            if n:
                cand.append((-n, g, order[cid], cid))
    cand.sort()
    used_g: set[int] = set()
    used_p: set[str] = set()
    out: dict[int, tuple[str, int]] = {}
    for neg, g, _, cid in cand:
        if g in used_g or cid in used_p:
            continue
        used_g.add(g)
        used_p.add(cid)
        out[g] = (cid, -neg)
    return out


def grade_parts(grade: str | None) -> tuple[str, str]:
    """("D", "4") from "D4"; empty strings for no grade."""
    g = (grade or "").strip()
    return g[:1].upper(), g[1:]


def first_outlet(claim: Item) -> str | None:
    """The predicted first reporter: the first outlet listed (the pipeline lists earliest first)."""
    first = claim.get("first_reported_by")
    if isinstance(first, str):
        return first or None
    return str(first[0]) if first else None


def anonymous_found(gold: Item, mentions: Sequence[Sequence[GoldMention]],
                    pred: Predicted) -> list[tuple[str, bool]]:  # fmt: skip
    """(name, found) for each gold anonymous speaker."""
    flat = [m for ms in mentions for m in ms]
    anon_atts = [u for u in pred.attributions if u.speaker_type == "anonymous"]
    out = []
    for s in gold.get("speakers", []):
        if s.get("type") != "anonymous":
            continue
        names = {s["name"], *(s.get("aliases") or [])}
        files = set(s.get("files") or [])
        quotes = [m for m in flat if m.speaker in names and m.file in files and m.span]
        if quotes:
            found = any(on(anon_atts, m) for m in quotes)
        else:  # no quote to place it: an anonymous speaker in one of its files will do
            found = bool(files & pred.anonymous_files)
        out.append((s["name"], found))
    return out


def via_scores(gold: Item, mentions: Sequence[Sequence[GoldMention]],
               pred: Predicted) -> dict[str, float | None]:  # fmt: skip
    """Relay chains: over gold mentions an attribution falls on, ``via_recall`` is the share
    of gold ``via`` outlets found in those attributions' ``via``, ``via_precision`` the
    share of predicted ``via`` outlets there that the gold names."""
    vias = {(m.file, m.quote): tuple(mm.get("via") or ())
            for c in gold.get("claims", []) for mm in c.get("mentions", [])
            for m in [GoldMention(0, mm["file"], "", "", mm["quote"], None)]}
    found = gold_n = right = pred_n = 0
    for m in (m for ms in mentions for m in ms):
        units = on(pred.attributions, m)
        if not units:
            continue
        want = vias.get((m.file, m.quote), ())
        got = {v for u in units for v in u.via}
        gold_n += len(want)
        found += sum(any(same_outlet(w, g) for g in got) for w in want)
        pred_n += len(got)
        right += sum(any(same_outlet(g, w) for w in want) for g in got)
    return {"via_recall": ratio(found, gold_n), "via_precision": ratio(right, pred_n)}


def citation_scores(gold: Item, pred: Predicted, doc: Item) -> dict[str, float | None]:
    g = {(c["file"], c["outlet"]) for c in gold.get("citations", [])}
    p = {(pred.files[c["article"]], c.get("outlet") or "")
         for c in doc.get("citations", []) if c.get("article") in pred.files}  # fmt: skip

    def hit(x: tuple[str, str], other: set[tuple[str, str]]) -> bool:
        return any(f == x[0] and same_outlet(o, x[1]) for f, o in other)

    tp_p = sum(hit(x, g) for x in p)
    tp_g = sum(hit(x, p) for x in g)
    prec, rec = ratio(tp_p, len(p)), ratio(tp_g, len(g))
    f1 = None
    if rec is not None:  # no predicted citation at all: precision counts as 0
        p0 = prec or 0.0
        f1 = 2 * p0 * rec / (p0 + rec) if p0 + rec else 0.0
    return {"citation_precision": prec, "citation_recall": rec, "citation_f1": f1,
            "citations_gold": float(len(g)), "citations_predicted": float(len(p))}  # fmt: skip


MEAN_OF = ("copy_recall", "anonymous_recall", "claim_recall", "mention_recall", "claim_purity",
           "denial_recall", "grade_letter", "first_reporter", "citation_f1")  # fmt: skip


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the figures that could be measured (None ones are left out)."""
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _where(m: GoldMention, pred: Predicted, by_id: Mapping[str, Item]) -> list[str]:
    """Where a gold mention went: the predicted claims whose mention sentences fall on it."""
    if m.span is None:
        return ["quote not found in the analysed text"]
    hits = [f"{cid}: {by_id[cid].get('text', '')}"
            for cid, units in pred.units.items() if on(units, m)]  # fmt: skip
    if hits:
        return hits
    loose = on(pred.attributions, m)
    if loose:
        # An attribution overlaps but the claim it belongs to (if any) has no such sentence.
        return [f"attribution {u.attribution}, "
                + (f"claim {u.claim}" if u.claim else "in no claim") for u in loose]
    return ["no attribution/candidate overlaps"]


def score_story(gold: Item, doc: Item, texts: Mapping[str, str]) -> dict[str, Any]:
    """All figures for one story, plus the per-claim error listing under ``"claims"``."""
    pred = index_prediction(doc)
    mentions = gold_mentions(gold, texts)
    matches = match_claims(mentions, pred)
    by_id = {c["id"]: c for c in pred.claims}
    gold_claims = list(gold.get("claims", []))

    n_mentions = covered = 0
    pure = on_gold = 0
    denials = denied = 0
    marked = marked_right = 0  # gold mentions the match marks as denials, and of them real ones
    letter = number = first_ok = 0
    found_n = 0
    f_den = f_num = 0
    listing: list[dict[str, Any]] = []
    all_mentions = [m for ms in mentions for m in ms]
    for g, (gc, ms) in enumerate(zip(gold_claims, mentions, strict=True)):
        cid, n_cov = matches.get(g, (None, 0))
        pc = by_id.get(cid) if cid else None
        units = pred.units.get(cid, []) if cid else []
        found = pc is not None and 2 * n_cov >= len(ms) > 0
        n_mentions += len(ms)
        covered += n_cov
        if pc is not None:
            # Purity counts distinct sentences (two attributions in one sentence are one).
            spots = {(u.file, u.span) for m in all_mentions for u in on(units, m)}
            own = {(u.file, u.span) for m in ms for u in on(units, m)}
            on_gold += len(spots)
            pure += len(own & spots)
        pred_grade = pc.get("grade") if found and pc is not None else None
        gl, gn = grade_parts(gc.get("grade"))
        pl, pn = grade_parts(pred_grade)
        letter += found and bool(gl) and gl == pl
        number += found and bool(gn) and gn == pn
        gold_first = (gc.get("first_reported_by") or {}).get("outlet")
        pred_first = first_outlet(pc) if found and pc is not None else None
        first_ok += found and same_outlet(gold_first, pred_first)
        found_n += found
        if found and gc.get("primary_sources"):
            f_den += 1
            f_num += pl == "F"
        rows = []
        for m in ms:
            mine = on(units, m)
            denial_ok = None
            marks = any(u.attribution and u.stance == "denies" for u in mine)
            marked += marks
            marked_right += marks and m.role == "denies"
            if m.role == "denies":
                denials += 1
                denial_ok = marks
                denied += denial_ok
            rows.append({"file": m.file, "role": m.role, "speaker": m.speaker, "quote": m.quote,
                         "covered": bool(mine), "went_to": _where(m, pred, by_id),
                         "denial_found": denial_ok, "marked_denial": marks})  # fmt: skip
        listing.append({
            "id": gc.get("id", str(g)), "text": gc.get("text", ""), "gold_grade": gc.get("grade"),
            "gold_first": gold_first, "found": found, "covered": n_cov, "mentions_n": len(ms),
            "match": None if pc is None else {"id": cid, "text": pc.get("text", ""),
                                              "grade": pc.get("grade"),
                                              "first_reported_by": first_outlet(pc)},
            "mentions": rows,
        })  # fmt: skip

    anon = anonymous_found(gold, mentions, pred)
    n_claims = len(gold_claims)
    fig: dict[str, Any] = {
        **copy_scores(gold, pred.files, doc),
        **origin_scores(gold, pred.files, doc),
        "anonymous_recall": ratio(sum(f for _, f in anon), len(anon)),
        "anonymous_gold": float(len(anon)),
        "claims_gold": float(n_claims),
        "claims_predicted": float(len(pred.claims)),
        "claims_found": float(found_n),
        "claim_recall": ratio(found_n, n_claims),
        "mention_recall": ratio(covered, n_mentions),
        "claim_purity": ratio(pure, on_gold),
        "denial_recall": ratio(denied, denials),
        "denial_precision": ratio(marked_right, marked),
        "grade_letter": ratio(letter, n_claims),
        "grade_number": ratio(number, n_claims),
        "first_reporter": ratio(first_ok, n_claims),
        "f_share": ratio(f_num, f_den),
        **citation_scores(gold, pred, doc),
        **via_scores(gold, mentions, pred),
    }
    fig["mean"] = mean(fig[k] for k in MEAN_OF)
    return {"figures": fig, "claims": listing,
            "anonymous": [{"name": n, "found": f} for n, f in anon]}  # fmt: skip
