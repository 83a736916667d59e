"""Provenance of clustered claims: who asserts and denies, who reported first, how many
independent primary sources stand behind a claim, a provenance graph and the grade.

Inputs are plain data from earlier stages: claims (with attribution ids in
``mentions``), attributions (with ``speaker`` and ``stance``), speakers, outlet
citations, articles and the duplicate map (article id -> canonical copy or None).

Collapsing, as DESIGN.md asks:
- duplicate copies count once, under their canonical article (the origin), whether
  or not the copy credits it;
- outlets are relays, not primary sources: an outlet repeating another's report is an
  echo and adds reach, not corroboration;
- anonymous sources whose descriptions fit each other ("unnamed US officials",
  "a US official", "Western officials") may be one source and count once;
- a named speaker counts once however many articles quote them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import networkx as nx

from sourcetrace.models import Article, Attribution, Citation, Claim, Speaker
from sourcetrace.outlets import OutletRegistry, load_registry
from sourcetrace.stages.grade import ClaimSourcing, SourceSummary, grade_claim
from sourcetrace.stages.parties import COUNTRIES, countries_in, group_members, groups_in

_KNOWLEDGE = re.compile(
    r"\b(?:familiar with|briefed on|with (?:direct |first-hand |firsthand )?knowledge|"
    r"involved in|close to|aware of|privy to|who (?:saw|has seen|had seen|read|attended)|"
    r"knowledgeable|in the room|directly)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\b(?:officials?|diplomats?|intelligence|agency|agencies|ministry|department|"
    r"government|administration|military|officers?|spokes\w*|embassy|aides?|advis[eo]rs?|"
    r"white house|pentagon|kremlin|council|security|defen[cs]e|state)\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|secretary|ambassador|president|premier|"
    r"adviser|advisor|director|chief|envoy|ministry|chancellor|general|commander|governor|"
    r"senator|official|representative|mayor|leader|head|chairman|chair|ceo|prime)\b",
    re.IGNORECASE,
)
_GOVERNMENT = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minist\w*|ambassador|embassy|consul\w*|government|"
    r"president|premier|prime minister|chancellor|secretary|envoy|foreign|kremlin|"
    r"white house|state department|pentagon|officials?|army|military|armed forces|"
    r"defen[cs]e|administration|parliament|senator|congress\w*|cabinet|regime|"
    r"authorities|presidential|mission to)\b",
    re.IGNORECASE,
)
_RELAY_LABEL = re.compile(
    r"\b(?:reports?|media|outlets?|news(?:papers?)?|press|journalists?)\b", re.IGNORECASE
)
_PRONOUN = re.compile(
    r"^(?:it|he|she|they|we|i|you|this|that|these|those|his \w+|her \w+|its \w+|"
    r"their \w+|the latter|the former|\W*\[?file)$",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"^(?:a|an|one|two|three|several|some|many|other)\b", re.IGNORECASE)
# An "other" speaker that is a document or record can be a source ("a leaked memo").
_DOCUMENT = re.compile(
    r"\b(?:statement|document|documents|memo|memorandum|letter|filing|transcript|record|"
    r"records|data|assessment|assessments|study|poll|survey|cable|readout|communiqu[eé]|"
    r"decree|order|indictment|ruling|post|tweet|video|website|report card)\b",
    re.IGNORECASE,
)
_ANON_HEADS = {
    "official": "official",
    "officials": "official",
    "diplomat": "diplomat",
    "diplomats": "diplomat",
    "aide": "aide",
    "aides": "aide",
    "officer": "officer",
    "officers": "officer",
    "analyst": "analyst",
    "analysts": "analyst",
    "expert": "expert",
    "experts": "expert",
    "lawmaker": "lawmaker",
    "lawmakers": "lawmaker",
}
_GENERIC_HEADS = {"source", "sources", "person", "people", "insider", "insiders", ""}


@dataclass
class _Source:
    """A primary source while collapsing: speakers that may be one source."""

    key: str
    speakers: list[str]
    label: str
    type: str
    countries: set[str]
    groups: set[str]
    head: str
    agency: str | None
    labels: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.labels = self.labels or [self.label]

    def fits(self, other: _Source) -> bool:
        """Could two anonymous descriptions be the same source?"""
        if self.type != "anonymous" or other.type != "anonymous":
            return False
        if self.head and other.head and self.head != other.head:
            return False
        if self.agency and other.agency and self.agency != other.agency:
            return False
        mine = self.countries | {c for g in self.groups for c in group_members(g)}
        theirs = other.countries | {c for g in other.groups for c in group_members(g)}
        return not mine or not theirs or bool(mine & theirs)


def _code(value: object) -> set[str]:
    if not value:
        return set()
    if isinstance(value, (list, tuple, set)):
        return set().union(*(_code(v) for v in value)) if value else set()
    text = str(value)
    if text.upper() in COUNTRIES:
        return {text.upper()}
    return countries_in(text)


class _Corpus:
    """Look-ups over the stage inputs, shared by every claim."""

    def __init__(
        self,
        attributions: Sequence[Attribution],
        speakers: Sequence[Speaker],
        citations: Sequence[Citation],
        articles: Sequence[Article],
        duplicate_of: Mapping[str, str | None],
        registry: OutletRegistry,
    ) -> None:
        self.reg = registry
        self.att = {a.id: a for a in attributions}
        self.spk = {s.id: s for s in speakers}
        self.art = {a.id: a for a in articles}
        self.dup = duplicate_of
        self.citations_by_article: dict[str, list[Citation]] = defaultdict(list)
        for c in citations:
            self.citations_by_article[c.article].append(c)
        # Everything said about a named speaker anywhere, to place them in a country.
        self.labels_by_name: dict[str, list[str]] = defaultdict(list)
        for s in speakers:
            if s.name:
                self.labels_by_name[s.name.casefold()].extend(
                    x for x in (s.label, s.affiliation, s.role, s.country) if x
                )
        for a in attributions:
            spoken = self.spk.get(a.speaker or "")
            if spoken is not None and spoken.name and a.source_text:
                self.labels_by_name[spoken.name.casefold()].append(a.source_text)

    def origin(self, article_id: str) -> str:
        seen = {article_id}
        current = article_id
        while True:
            nxt = self.dup.get(current)
            if not nxt or nxt in seen:
                return current
            seen.add(nxt)
            current = nxt

    def outlet_of(self, article_id: str) -> str | None:
        art = self.art.get(article_id)
        if art is not None and art.outlet:
            found = self.reg.find(art.outlet)
            return found.name if found else art.outlet
        for c in self.citations_by_article.get(article_id, []):
            if c.kind == "source_line":
                return c.outlet
        if art is not None and art.url:
            found = self.reg.by_domain(art.url)
            if found is not None:
                return found.name
        return None

    def speaker_countries(self, s: Speaker) -> set[str]:
        found = _code(s.country) | countries_in(s.affiliation or "")
        found |= countries_in(s.label, skip_locations=True)
        for key in ("nationality", "country", "countries", "agency", "affiliation"):
            found |= _code(s.descriptors.get(key))
        if s.name:
            for text in self.labels_by_name.get(s.name.casefold(), []):
                found |= countries_in(text, skip_locations=True)
        return found


def _is_relay(s: Speaker) -> bool:
    return s.type == "outlet" or (s.type == "other" and bool(_RELAY_LABEL.search(s.label)))


def _role_of(s: Speaker) -> str | None:
    """How a speaker counts: "relay", "anonymous", "named", or None for no stated source.

    Earlier stages type a speaker by its phrase; here an unresolved pronoun ("it") or an
    object that cannot speak ("drones and missiles") is no source at all, and an
    indefinite description typed as an organisation ("an official in the US
    government") is an anonymous one.
    """
    label = (s.label or s.name or "").strip()
    if _is_relay(s):
        return "relay"
    if not label or _PRONOUN.match(label):
        return None
    if s.type == "anonymous":
        return "anonymous"
    if s.type == "person" and s.name:
        return "named"
    if _INDEFINITE.match(label):
        return "anonymous"
    if s.type == "other":
        return "named" if _DOCUMENT.search(label) else None
    return "named"


def _short_label(s: Speaker) -> str:
    """A label fit for a sentence: a long description of a named person is their name."""
    label = s.label or s.name or s.id
    if s.type == "person" and s.name and (len(label) > 40 or "," in label):
        return s.name
    return label


def _source_of(s: Speaker, corpus: _Corpus) -> _Source:
    label = _short_label(s)
    if _role_of(s) == "anonymous":
        words = re.findall(r"[A-Za-z]+", label.lower())
        head = next((_ANON_HEADS[w] for w in reversed(words) if w in _ANON_HEADS), "")
        agency = s.descriptors.get("agency")
        return _Source(
            key=f"anon:{s.id}",
            speakers=[s.id],
            label=label,
            type="anonymous",
            countries=corpus.speaker_countries(s),
            groups=groups_in(label) | groups_in(str(s.descriptors.get("nationality") or "")),
            head=head,
            agency=str(agency).casefold() if agency else None,
        )
    key = (s.name or label).casefold()
    return _Source(key, [s.id], label, s.type, corpus.speaker_countries(s), set(), "", None)


def _best_label(labels: Sequence[str]) -> str:
    """The description a collapsed source goes by: the most repeated, then the most
    specific (one naming a country or saying "unnamed")."""
    counts: dict[str, int] = defaultdict(int)
    for label in labels:
        counts[label.strip()] += 1

    def score(label: str) -> tuple[int, int, int]:
        specific = bool(countries_in(label)) + ("unnamed" in label.lower())
        return counts[label], specific, len(label)

    return max(counts, key=score)


def _collapse(speakers: Iterable[Speaker], corpus: _Corpus) -> list[_Source]:
    """Independent sources: same name, same speaker or fitting anonymous descriptions."""
    merged: list[_Source] = []
    alias: dict[str, str] = {}
    for s in speakers:
        for other in s.possibly_same_as:
            alias.setdefault(other, s.id)
    for s in speakers:
        src = _source_of(s, corpus)
        target = next(
            (
                m
                for m in merged
                if m.key == src.key
                or alias.get(s.id) in m.speakers
                or any(alias.get(x) == s.id for x in m.speakers)
                or m.fits(src)
            ),
            None,
        )
        if target is None:
            merged.append(src)
            continue
        target.speakers.append(s.id)
        target.labels.append(src.label)
        target.groups |= src.groups
    for m in merged:
        m.label = _best_label(m.labels)
    return merged


def _official(s: Speaker) -> bool:
    """Does the speaker speak for a state (a government, ministry, embassy, army)?"""
    text = " ".join(x for x in (s.label, s.name, s.role, s.affiliation) if x)
    if _GOVERNMENT.search(text):
        return True
    # An organisation named by a country or its capital is that country's government.
    return s.type == "organization" and bool(countries_in(s.name or s.label))


def _party(s: Speaker, corpus: _Corpus, claim_text: str, claim_countries: set[str]) -> bool:
    """A party to the claim: named in it, or speaking for a state the claim is about.

    A scholar or a company from that country is not a party by nationality alone.
    """
    for name in (s.name, s.affiliation):
        if name and len(name) > 2 and re.search(rf"\b{re.escape(name)}\b", claim_text, re.I):
            return True
    return _official(s) and bool(corpus.speaker_countries(s) & claim_countries)


def _summary(
    src: _Source,
    corpus: _Corpus,
    claim_text: str,
    claim_countries: set[str],
    asserting: set[str],
    denying: set[str],
) -> SourceSummary:
    speakers = [corpus.spk[x] for x in src.speakers if x in corpus.spk]
    labels = " ".join(s.label for s in speakers)
    named = src.type != "anonymous" and any(s.name or s.type != "person" for s in speakers)
    has_role = any(s.role or s.affiliation for s in speakers) or bool(_ROLE.search(labels))
    desc = " ".join(str(v) for s in speakers for v in s.descriptors.values())
    return SourceSummary(
        label=src.label,
        type=src.type,
        speakers=tuple(src.speakers),
        named=named,
        has_role=has_role,
        knowledge=bool(_KNOWLEDGE.search(labels + " " + desc))
        or any(s.descriptors.get("knowledge") for s in speakers),
        institution=bool(_INSTITUTION.search(labels + " " + desc)) or src.agency is not None,
        party=any(_party(s, corpus, claim_text, claim_countries) for s in speakers),
        contradicts_itself=bool(set(src.speakers) & asserting & denying),
    )


def _near(span: tuple[int, int], target: tuple[int, int], window: int) -> int | None:
    """Distance from a claim mention to a citation sentence (None: too far or before)."""
    if span[0] < target[1] and target[0] < span[1]:
        return 0
    if target[0] >= span[1] and target[0] - span[1] <= window:
        return target[0] - span[1]
    return None


def _spots(
    claims: Sequence[Claim], mentions: Mapping[str, list[Attribution]]
) -> dict[str, list[tuple[tuple[int, int], str]]]:
    """Per article, the sentences that mention each claim."""
    by_article: dict[str, list[tuple[tuple[int, int], str]]] = defaultdict(list)
    for claim in claims:
        for att in mentions[claim.id]:
            by_article[att.article].append((att.sentence_span or att.span, claim.id))
    return by_article


def _nearest_claim(c: Citation, spots: Sequence[tuple[tuple[int, int], str]]) -> str | None:
    """The claim a prose citation credits: one mentioned in the same sentence, else the
    one mentioned just before ("... had asked for help. The request was first reported
    by the FT")."""
    target = c.sentence_span or c.span
    best: tuple[int, str] | None = None
    for span, cid in spots:
        d = _near(span, target, 600)
        if d is not None and (best is None or d < best[0]):
            best = (d, cid)
    return best[1] if best is not None else None


def _link_citations(
    claims: Sequence[Claim], corpus: _Corpus, mentions: Mapping[str, list[Attribution]]
) -> dict[str, list[Citation]]:
    """Citations per claim; a wire credit or credit line covers every claim of its article."""
    by_article = _spots(claims, mentions)
    linked: dict[str, list[Citation]] = defaultdict(list)
    for article_id, cits in corpus.citations_by_article.items():
        spots = by_article.get(article_id, [])
        for c in cits:
            if c.claim:
                linked[c.claim].append(c)
            elif c.kind in ("wire_credit", "source_line"):
                for cid in dict.fromkeys(cid for _s, cid in spots):
                    linked[cid].append(c)
            else:
                nearest = _nearest_claim(c, spots)
                if nearest is not None:
                    linked[nearest].append(c)
    return linked


def _mentions(
    claims: Sequence[Claim], attributions: Sequence[Attribution]
) -> dict[str, list[Attribution]]:
    """Each claim's attributions: its ``mentions`` plus any attribution naming the claim."""
    by_id = {a.id: a for a in attributions}
    named: dict[str, list[str]] = defaultdict(list)
    for a in attributions:
        if a.claim:
            named[a.claim].append(a.id)
    return {
        claim.id: [
            by_id[i] for i in dict.fromkeys([*claim.mentions, *named[claim.id]]) if i in by_id
        ]
        for claim in claims
    }


def link_citations(
    claims: Sequence[Claim], attributions: Sequence[Attribution], citations: Sequence[Citation]
) -> list[Citation]:
    """Citations with ``claim`` filled where a prose citation credits one claim.

    Wire credits and credit lines cover a whole article and keep ``claim=None``.
    """
    spots = _spots(claims, _mentions(claims, attributions))
    out = []
    for c in citations:
        if c.claim is None and c.kind == "citation":
            c = replace(c, claim=_nearest_claim(c, spots.get(c.article, [])))
        out.append(c)
    return out


def build_provenance(
    claims: Sequence[Claim],
    attributions: Sequence[Attribution],
    speakers: Sequence[Speaker],
    citations: Sequence[Citation],
    articles: Sequence[Article],
    duplicate_of: Mapping[str, str | None],
    *,
    registry: OutletRegistry | None = None,
) -> tuple[list[Claim], dict[str, nx.DiGraph]]:
    """Claims with provenance fields and grade filled in, and a graph per claim id."""
    corpus = _Corpus(
        attributions, speakers, citations, articles, duplicate_of, registry or load_registry()
    )
    mentions = _mentions(claims, attributions)
    linked = _link_citations(claims, corpus, mentions)
    out: list[Claim] = []
    graphs: dict[str, nx.DiGraph] = {}
    for claim in claims:
        new, graph = _one_claim(claim, mentions[claim.id], linked.get(claim.id, []), corpus)
        out.append(new)
        graphs[claim.id] = graph
    return out, graphs


def _first_reported(
    claim_articles: Sequence[str], cits: Sequence[Citation], corpus: _Corpus
) -> tuple[str, ...]:
    prose = [c for c in cits if c.kind == "citation"]
    first = [
        c.outlet
        for c in sorted(prose, key=lambda c: (c.article, c.span))
        if c.cue.startswith("first")
    ]
    if first:
        return tuple(dict.fromkeys(first))
    # Earliest-dated article first; undated ones after, in corpus order.
    order = {a: i for i, a in enumerate(claim_articles)}
    ordered = sorted(
        claim_articles,
        key=lambda a: (
            (corpus.art[a].published or "9999") if a in corpus.art else "9999",
            order[a],
        ),
    )
    for a in ordered:
        credited = [c.outlet for c in sorted(prose, key=lambda c: c.span) if c.article == a]
        if credited:
            return (credited[0],)  # the outlet the earliest article credits came before it
        own = corpus.outlet_of(a)
        if own:
            return (own,)
    return ()


def _one_claim(
    claim: Claim, atts: Sequence[Attribution], cits: Sequence[Citation], corpus: _Corpus
) -> tuple[Claim, nx.DiGraph]:
    claim_countries = countries_in(claim.text)
    all_articles = list(dict.fromkeys([*claim.articles, *(a.article for a in atts)]))
    origins = list(dict.fromkeys(corpus.origin(a) for a in all_articles))

    by_stance: dict[str, list[str]] = defaultdict(list)
    relays: list[str] = []
    for att in atts:
        s = corpus.spk.get(att.speaker or "")
        if s is None:
            continue
        stance = att.stance or "asserts"
        role = _role_of(s)
        if role == "relay":
            found = corpus.reg.find(s.name or s.label)
            if found is not None or (s.type == "outlet" and s.name):
                relays.append(found.name if found else str(s.name))
            continue
        if role is not None:
            by_stance[stance].append(s.id)
    asserting = list(dict.fromkeys(by_stance["asserts"] or by_stance["reports"]))
    denying = list(dict.fromkeys(by_stance["denies"]))
    questioning = list(dict.fromkeys(by_stance["questions"]))

    def summaries(ids: Sequence[str]) -> list[SourceSummary]:
        spks = [corpus.spk[i] for i in ids]
        return [
            _summary(src, corpus, claim.text, claim_countries, set(asserting), set(denying))
            for src in _collapse(spks, corpus)
        ]

    sources = summaries(asserting)
    deniers = summaries(denying)
    first = _first_reported(all_articles, cits, corpus)
    outlets = [corpus.outlet_of(a) for a in origins]
    relay_outlets = tuple(
        dict.fromkeys(o for o in [*outlets, *(c.outlet for c in cits), *relays] if o)
    )
    sourcing = ClaimSourcing(
        sources=tuple(sources),
        deniers=tuple(deniers),
        relay_outlets=relay_outlets,
        first_reported_by=first,
        articles=len(origins),
        questioned_by=tuple(summaries(questioning)),
        echoes=tuple(
            dict.fromkeys(
                (own, c.outlet)
                for c in cits
                if c.kind == "citation"
                and (own := corpus.outlet_of(corpus.origin(c.article)))
                and own != c.outlet
            )
        ),
    )
    grade, reasons = grade_claim(sourcing)
    anonymous = sum(1 for s in sources if s.anonymous)
    party_deniers = [x for d in deniers if d.party for x in d.speakers]
    new = replace(
        claim,
        articles=tuple(all_articles),
        asserted_by=tuple(asserting),
        denied_by=tuple(denying),
        denied_by_party=tuple(party_deniers),
        first_reported_by=first,
        independent_sources=len(sources),
        anonymous_share=round(anonymous / len(sources), 3) if sources else 0.0,
        grade=grade,
        reasons=tuple(reasons),
    )
    graph = _graph(new, atts, cits, corpus, sources + deniers, set(first))
    return new, graph


def _graph(
    claim: Claim,
    atts: Sequence[Attribution],
    cits: Sequence[Citation],
    corpus: _Corpus,
    sources: Sequence[SourceSummary],
    first: set[str],
) -> nx.DiGraph:
    """articles -> outlets they credit -> sources; copies -> their origin; sources ->
    the claim with the stance as edge kind ("asserts", "denies", ...)."""
    g: nx.DiGraph = nx.DiGraph(claim=claim.id, grade=claim.grade)
    cnode = f"claim:{claim.id}"
    g.add_node(cnode, kind="claim", text=claim.text)
    source_node = {x: f"source:{src.speakers[0]}" for src in sources for x in src.speakers}
    for src in sources:
        g.add_node(
            f"source:{src.speakers[0]}",
            kind="source",
            label=src.label,
            type=src.type,
            anonymous=src.anonymous,
            party=src.party,
            speakers=list(src.speakers),
        )

    def outlet_node(name: str) -> str:
        node = f"outlet:{name}"
        if node not in g:
            found = corpus.reg.find(name)
            g.add_node(
                node,
                kind="outlet",
                name=name,
                first=name in first,
                wire=bool(found and found.wire),
                state_affiliated=bool(found and found.state_affiliated),
            )
        return node

    for a in claim.articles:
        origin = corpus.origin(a)
        for art_id in {a, origin}:
            art = corpus.art.get(art_id)
            g.add_node(
                f"article:{art_id}",
                kind="article",
                outlet=corpus.outlet_of(art_id),
                published=art.published if art else None,
                copy=art_id != origin,
            )
        if a != origin:
            g.add_edge(f"article:{a}", f"article:{origin}", kind="copy_of")
        own = corpus.outlet_of(origin)
        if own:
            g.add_edge(outlet_node(own), f"article:{origin}", kind="published")
    dated = [(d, n) for n, d in g.nodes(data="published") if d]
    if dated:
        g.nodes[min(dated)[1]]["earliest"] = True
    for c in cits:
        g.add_edge(
            f"article:{corpus.origin(c.article)}",
            outlet_node(c.outlet),
            kind="credits",
            cue=c.cue,
            citation=c.kind,
        )
    for att in atts:
        origin = f"article:{corpus.origin(att.article)}"
        spk = corpus.spk.get(att.speaker or "")
        stance = att.stance or "asserts"
        if spk is not None and _is_relay(spk):
            found = corpus.reg.find(spk.name or spk.label)
            g.add_edge(
                origin,
                outlet_node(found.name if found else spk.label),
                kind="credits",
                cue=att.cue or "",
                citation="attribution",
            )
            continue
        node = source_node.get(att.speaker or "")
        if node is None:
            continue
        g.add_edge(node, cnode, kind=stance)
        # A source relayed through an outlet cited in the same sentence hangs off that
        # outlet ("The New York Times said an official had confirmed ...").
        sent = att.sentence_span or att.span
        via = [
            c
            for c in cits
            if c.article == att.article
            and c.kind == "citation"
            and c.sentence_span
            and c.sentence_span[0] <= sent[0] < c.sentence_span[1]
        ]
        for c in via:
            g.add_edge(outlet_node(c.outlet), node, kind="credits", cue=c.cue)
        if not via:
            g.add_edge(origin, node, kind="quotes", stance=stance)
    return g
