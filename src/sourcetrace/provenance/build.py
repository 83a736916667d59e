"""Provenance of clustered claims: who asserts and denies, who reported first, how many
independent primary sources stand behind a claim, a provenance graph and the grade.

Inputs are plain data from earlier stages: claims (with attribution ids in
``mentions``), attributions (with ``speaker`` and ``stance``), speakers, outlet
citations, articles and the duplicate map (article id -> canonical copy or None).

Collapsing, as DESIGN.md asks:
- duplicate copies count once, under their canonical article (the origin), whether
  or not the copy credits it;
- outlets are relays, not primary sources: an outlet repeating another's report is an
  echo and adds reach, not corroboration; only when no one is named behind a claim are
  the outlets credited with it its sources, on their own authority;
- anonymous sources whose descriptions fit each other ("unnamed US officials",
  "a US official", "Western officials") may be one source and count once;
- a named speaker counts once however many articles quote them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

import networkx as nx

from sourcetrace.citations.outlets import OutletRegistry, load_registry
from sourcetrace.geo.parties import countries_in
from sourcetrace.models import Article, Attribution, Citation, Claim, Origin, Speaker
from sourcetrace.provenance import citelink
from sourcetrace.provenance.chains import claim_chains
from sourcetrace.provenance.citelink import carrying, claim_citations, claim_words
from sourcetrace.provenance.citelink import unclaimed_sources as unclaimed
from sourcetrace.provenance.corrections import corrections, taking_back
from sourcetrace.provenance.figures import differing_figures
from sourcetrace.provenance.first import first_reported, saying_articles
from sourcetrace.provenance.grade import ClaimSourcing, SourceSummary, grade_claim
from sourcetrace.provenance.graph import provenance_graph
from sourcetrace.provenance.kinds import role_of, short_label
from sourcetrace.provenance.sources import (
    ProvenanceIndex,
    collapse_sources,
    own_authority,
    summarise_source,
)
from sourcetrace.provenance.voiced import voiced_by_another
from sourcetrace.speakers.keys import body_key


def _mentions(
    claims: Sequence[Claim], attributions: Sequence[Attribution]
) -> dict[str, list[Attribution]]:
    """Each claim's attributions: its ``mentions`` plus any attribution naming the claim,
    each with its stance toward this claim (``Claim.stances``) where the claims stage read
    one: a quote that asserts one claim can deny the next."""
    by_id = {a.id: a for a in attributions}
    named: dict[str, list[str]] = defaultdict(list)
    for a in attributions:
        if a.claim:
            named[a.claim].append(a.id)
    out: dict[str, list[Attribution]] = {}
    for claim in claims:
        toward = dict(claim.stances)
        out[claim.id] = [
            replace(by_id[i], stance=toward[i]) if i in toward else by_id[i]
            for i in dict.fromkeys([*claim.mentions, *named[claim.id]]) if i in by_id
        ]
    return out


def link_citations(
    claims: Sequence[Claim], attributions: Sequence[Attribution], citations: Sequence[Citation],
    texts: Mapping[str, str] | None = None,
) -> list[Citation]:
    """Citations with ``claim`` filled where a prose citation credits one claim
    (``citelink.link_citations``). Wire credits and credit lines keep ``claim=None``."""
    return citelink.link_citations(claims, _mentions(claims, attributions), citations, texts,
                                   unclaimed(attributions))


def build_provenance(
    claims: Sequence[Claim],
    attributions: Sequence[Attribution],
    speakers: Sequence[Speaker],
    citations: Sequence[Citation],
    articles: Sequence[Article],
    duplicate_of: Mapping[str, str | None],
    *,
    registry: OutletRegistry | None = None,
    agents: Mapping[str, str] | None = None,
    origins: Mapping[str, Origin] | None = None,
) -> tuple[list[Claim], dict[str, nx.DiGraph]]:
    """Claims with provenance fields and grade filled in, and a graph per claim id.
    ``agents`` gives each claim's agent (claim id -> normalised key) where known: a source
    speaking for it is the office that did the thing (reliability A). ``origins`` gives
    each article's origin (``citations.origin``): whose text it is."""
    corpus = ProvenanceIndex(
        attributions, speakers, citations, articles, duplicate_of, registry or load_registry(),
        agents, origins,
    )
    mentions = _mentions(claims, attributions)
    texts = {a.id: a.text for a in articles}
    linked = claim_citations(claims, corpus.citations_by_article, mentions, texts,
                             unclaimed(attributions))
    sourced = {c.id: _sourcing(c, mentions[c.id], carrying(linked.get(c.id, []), mentions[c.id]),
                               corpus) for c in claims}
    corrected = corrections(citations, texts, corpus.outlet_of,
                            {cid: {*s[0].relay_outlets, *s[0].first_reported_by}
                             for cid, s in sourced.items()}, claim_words(claims))
    rivals = rival_accounts(claims, mentions)
    out: list[Claim] = []
    graphs: dict[str, nx.DiGraph] = {}
    for claim in claims:
        sourcing, asserting, denying = sourced[claim.id]
        own = set(asserting)
        against = [src for r in rivals.get(claim.id, ()) for src in sourced[r][0].sources
                   if not own & set(src.speakers)]
        sourcing = replace(sourcing, rivals=tuple({s.label: s for s in against}.values()),
                           corrections=tuple(corrected.get(claim.id, ())))
        new, graph = _finish(claim, mentions[claim.id], linked.get(claim.id, []), corpus,
                             sourcing, asserting, denying)
        out.append(new)
        graphs[claim.id] = graph
    return out, graphs


def rival_accounts(
    claims: Sequence[Claim], mentions: Mapping[str, Sequence[Attribution]]
) -> dict[str, list[str]]:
    """Claim id -> the claims it is offered instead of: a source that denies one claim
    and, in the same quote or sentence, asserts another ("Rejecting the spy balloon
    accusation, the ministry said the airship is civilian"; "The Kremlin denied the
    accusations, instead saying Kyiv was behind it") sets the two against each other, so
    the sources of the denied claim contradict the one asserted in its place."""
    toward: dict[str, list[tuple[str, str]]] = defaultdict(list)
    said: dict[tuple[str, str | None, tuple[int, int] | None], list[str]] = defaultdict(list)
    for claim in claims:
        loose = set(claim.related)
        for a in mentions[claim.id]:
            if a.id in loose:
                continue
            toward[a.id].append((claim.id, a.stance or "asserts"))
            said[(a.article, a.speaker, a.sentence_span)].append(a.id)
    out: dict[str, list[str]] = defaultdict(list)
    for key, ids in said.items():
        if key[1] is None or key[2] is None:
            ids = ids[:1]  # no speaker or sentence to tie two attributions together
        stances = [cs for i in dict.fromkeys(ids) for cs in toward[i]]
        denied = [c for c, st in stances if st == "denies"]
        for c, st in stances:
            if st in ("asserts", "reports"):
                out[c].extend(d for d in denied if d != c and d not in out[c])
    return dict(out)


def _sourcing(
    claim: Claim, atts: Sequence[Attribution], cits: Sequence[Citation], corpus: ProvenanceIndex
) -> tuple[ClaimSourcing, list[str], list[str]]:
    """What one claim's own mentions show about its sourcing, and its asserting and
    denying speakers."""
    claim_countries = countries_in(claim.text)
    all_articles = _all_articles(claim, atts)
    origins = list(dict.fromkeys(corpus.origin(a) for a in all_articles))
    loose = set(claim.related)
    by_stance, relayed, related_by, reports = _tally_speakers(atts, corpus, loose)
    relays = [name for name, _, _ in relayed]
    # A source that "reported" or "claimed" it stands behind it as one that said it:
    # the verb is the writer's distance, not the source's (relays are not in the tally).
    denying = list(dict.fromkeys(by_stance["denies"]))
    said = list(dict.fromkeys([*by_stance["asserts"], *by_stance["reports"]]))
    asserting = _not_denying(said, denying, corpus)
    questioning = list(dict.fromkeys(by_stance["questions"]))
    stances = (asserting, denying)
    retracted = taking_back(atts)

    # Support is counted per state: officials repeating their government's position do
    # not corroborate it. Deniers stay listed one by one.
    sources = _summaries(asserting, claim, claim_countries, stances, corpus, by_state=True)
    if not sources and (took_back := [s for s in said if s in denying]):
        # Its only sources said it and denied it: they are its sources, shown contradicting
        # themselves (E), not none (F); taken back where the denial says so ("retracted
        # its statement that P"), else perhaps two claims read as one.
        sources = [replace(s, contradicts_itself=True, retracted=bool(set(s.speakers) & retracted))
                   for s in _summaries(took_back, claim, claim_countries, (took_back, denying),
                                       corpus)]
    if not sources:
        # Only outlets credited, none naming who told them: the outlets that say it are
        # the sources ("The Times also alleged that ..."); F is for texts that name no one.
        sources = own_authority([(name, sid) for name, sid, stance in relayed
                                 if stance in ("asserts", "reports")
                                 and corpus.spk[sid].type in ("outlet", "other")])
    if not sources:
        # Reports the text names no one behind ("according to media reports") describe a
        # source, vaguely: an unnamed one, not none (F). Never counted beside another
        # source: a report is no independent confirmation of what it may only repeat.
        sources = _summaries(list(dict.fromkeys(reports)), claim, claim_countries, stances,
                             corpus)
    deniers = _summaries(denying, claim, claim_countries, stances, corpus)
    # Who denies or doubts a claim to an outlet ("told Fox News he had no knowledge of
    # anything like this") does not make that outlet a reporter of it.
    supporting = [a for a in atts if a.id not in loose and a.stance not in ("denies", "questions")]
    saying = saying_articles(claim, all_articles)  # not those that only deny it
    sourcing = ClaimSourcing(
        sources=tuple(sources),
        deniers=tuple(deniers),
        relay_outlets=_relay_outlets([corpus.origin(a) for a in saying], cits, relays, corpus),
        first_reported_by=first_reported(saying, cits, corpus, supporting),
        articles=len(origins),
        questioned_by=tuple(_summaries(questioning, claim, claim_countries, stances, corpus)),
        related_by=tuple(dict.fromkeys(related_by)),
        echoes=_echoes(cits, corpus),
        figures=tuple(differing_figures(supporting, {
            s: short_label(corpus.spk[s]) for s in asserting if s in corpus.spk})),
    )
    return sourcing, asserting, denying


def _all_articles(claim: Claim, atts: Sequence[Attribution]) -> list[str]:
    """The articles that carry a claim: its own and those of its mentions, in order; a
    related statement (``claim.related``) carries it in none."""
    loose = set(claim.related)
    return list(dict.fromkeys([*claim.articles, *(a.article for a in atts if a.id not in loose)]))


def _finish(
    claim: Claim, atts: Sequence[Attribution], cits: Sequence[Citation], corpus: ProvenanceIndex,
    sourcing: ClaimSourcing, asserting: Sequence[str], denying: Sequence[str],
) -> tuple[Claim, nx.DiGraph]:
    """One claim's provenance fields, grade and graph."""
    all_articles = _all_articles(claim, atts)
    loose = set(claim.related)
    new = replace(_with_provenance(claim, sourcing, all_articles, asserting, denying),
                  chains=claim_chains(atts, loose))
    counted = [a for a in atts if a.id not in loose]
    graph = provenance_graph(new, counted, cits, corpus,
                             [*sourcing.sources, *sourcing.deniers],
                             set(sourcing.first_reported_by))
    return new, graph


def _not_denying(asserting: list[str], denying: Sequence[str], corpus: ProvenanceIndex,
                 ) -> list[str]:  # fmt: skip
    """The asserting speakers less any that denies the claim too, or speaks for a body
    that does ("the agency rejected the lawyer's claim that P"; its director's "The
    laboratory is fully accredited", clustered with P, is no support of P): a denier is
    never counted as support."""
    bodies = [set(body_key(s.name).split()) for d in denying
              if (s := corpus.spk.get(d)) is not None and s.type == "organization" and s.name]
    out = []
    for sid in asserting:
        s = corpus.spk.get(sid)
        words = set(body_key(s.affiliation).split()) if s is not None and s.affiliation else set()
        if sid not in denying and not (words and any(words <= b for b in bodies)):
            out.append(sid)
    return out


def _tally_speakers(
    atts: Sequence[Attribution], corpus: ProvenanceIndex, loose: set[str]
) -> tuple[dict[str, list[str]], list[tuple[str, str, str]], list[str], list[str]]:
    """Speaker ids by stance, relay outlets (name, speaker id, stance), loosely related
    speakers and supporting reports no outlet is named for: only the first are counted as
    sources, relays add reach (and are sources on their own authority where no one else
    is), related speakers are only shown, and the reports are the source where there is
    no other."""
    by_stance: dict[str, list[str]] = defaultdict(list)
    relays: list[tuple[str, str, str]] = []
    nested = voiced_by_another(atts, corpus)
    related_by: list[str] = []
    reports: list[str] = []
    for att in atts:
        s = corpus.spk.get(att.speaker or "")
        if s is None or att.id in nested:
            continue
        if att.id in loose:
            # Clustered with the claim but not saying it: shown, never counted.
            related_by.append(s.name or s.label)
            continue
        stance = att.stance or "asserts"
        role = role_of(s)
        if role == "relay":
            found = corpus.find(s.name or s.label)
            if found is not None or (s.type == "outlet" and s.name):
                relays.append((corpus.name(found.name if found else str(s.name)), s.id, stance))
            elif s.type in ("other", "outlet") and stance in ("asserts", "reports"):
                # "according to a Lumbrian intelligence report", "media reports": a report
                # no outlet is named for; "Lumbrian state television said": an outlet
                # described, not named.
                reports.append(s.id)
            continue
        if role is not None:
            by_stance[stance].append(s.id)
        elif att.via and s.type == "other":
            # "Satellite images reviewed by the Capital Post showed P": the outlet that
            # saw them vouches for what they show, on its own authority.
            relays.append((corpus.name(att.via[0]), s.id, stance))
    return by_stance, relays, related_by, reports


def _summaries(
    ids: Sequence[str],
    claim: Claim,
    claim_countries: set[str],
    stances: tuple[Sequence[str], Sequence[str]],
    corpus: ProvenanceIndex,
    *,
    by_state: bool = False,
) -> list[SourceSummary]:
    """Collapse speakers that may be one source before summarising, so each counts once."""
    asserting, denying = stances
    spks = [corpus.spk[i] for i in ids]
    return [
        summarise_source(src, corpus, claim.text, claim_countries, set(asserting), set(denying),
                         corpus.agents.get(claim.id))
        for src in collapse_sources(spks, corpus, by_state=by_state)
    ]


def _relay_outlets(
    origins: Sequence[str], cits: Sequence[Citation], relays: Sequence[str], corpus: ProvenanceIndex
) -> tuple[str, ...]:
    """Every outlet that carries the claim: the outlets whose texts carry it (a wire copy on
    three sites is the wire's one text), credited outlets and relays."""
    outlets = [corpus.text_outlet(a) for a in origins]
    return tuple(dict.fromkeys(o for o in [*outlets, *(c.outlet for c in cits), *relays] if o))


def _echoes(cits: Sequence[Citation], corpus: ProvenanceIndex) -> tuple[tuple[str, str], ...]:
    """(repeating outlet, credited outlet) pairs: an echo adds reach, not corroboration."""
    return tuple(
        dict.fromkeys(
            (own, c.outlet)
            for c in cits
            if c.kind == "citation"
            and (own := corpus.outlet_of(corpus.origin(c.article)))
            and own != c.outlet
        )
    )


def _with_provenance(
    claim: Claim,
    sourcing: ClaimSourcing,
    all_articles: Sequence[str],
    asserting: Sequence[str],
    denying: Sequence[str],
) -> Claim:
    """The claim with the provenance fields and the grade its sourcing earns."""
    grade, reasons = grade_claim(sourcing)
    sources = sourcing.sources
    anonymous = sum(1 for s in sources if s.anonymous)
    party_deniers = [x for d in sourcing.deniers if d.party for x in d.speakers]
    return replace(
        claim,
        articles=tuple(all_articles),
        asserted_by=tuple(asserting),
        denied_by=tuple(denying),
        denied_by_party=tuple(party_deniers),
        first_reported_by=sourcing.first_reported_by,
        independent_sources=len(sources),
        anonymous_share=round(anonymous / len(sources), 3) if sources else 0.0,
        grade=grade,
        reasons=tuple(reasons),
    )
