"""Primary sources behind a claim: who counts as a source, which speakers may be one
source, and whether a source is a party to the claim.

Collapsing rules (DESIGN.md, "independent primary sources"): a named speaker counts
once however many articles quote them; anonymous speakers whose descriptions fit
each other ("unnamed US officials", "a US official", "Western officials") may be one
source and count once; outlets are relays, primary sources only on their own authority,
for a claim no one is named behind (``own_authority``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sourcetrace.geo.parties import countries_in, group_members, groups_in
from sourcetrace.geo.places import country_code
from sourcetrace.lexicons import lexicon
from sourcetrace.models import Speaker
from sourcetrace.provenance.grade import SourceSummary
from sourcetrace.provenance.index import ProvenanceIndex
from sourcetrace.provenance.kinds import (
    _ANON_HEADS,
    _INSTITUTION,
    _KNOWLEDGE,
    _ROLE,
    _WORD,
    _commentator,
    _government_voice,
    _initials,
    _official,
    _org_key,
    _same_org,
    _same_person,
    _state_voice,
    document_kind,
    placed_to_know,
    role_of,
    short_label,
)
from sourcetrace.speakers.lexicon import LEADING_ROLES, VOICE_ROLES
from sourcetrace.speakers.parse import by_office
from sourcetrace.unionfind import UnionFind


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
    # The country whose unnamed institutional voice this is ("Washington", "the Kremlin",
    # "the Chinese authorities"), else None.
    state: str | None = None
    # An organisation's name without articles and state words ("the navy", "India's navy"
    # and "the Indian navy" are all "navy"); empty for anything else.
    org: str = ""
    # An organisation's full name's initials ("chp" for "the California Highway
    # Patrol"), to meet its acronym.
    initials: str = ""
    # Speaks for a state (``_government_voice``): its own voice, a body or office of it,
    # or officials described by their country.
    official: bool = False
    # The reports it reached the corpus through (``ProvenanceIndex.reports``) and, for an
    # anonymous source, its seniority: with the agency, what a description must match for
    # two anonymous sources in unrelated reports to be one.
    reports: frozenset[str] = frozenset()
    seniority: str = ""
    # An unowned document's kind ("indictment") and the words that may set it apart from
    # another of its kind ("previous"): ``kinds.document_kind``.
    document: str = ""
    contrasts: frozenset[str] = frozenset()
    # A person whose role is to speak for or lead their organisation ("A DEQ spokesman,
    # Tom Reyes", "Opposition leader Mara Voss"): one source with it.
    voice: bool = False

    def __post_init__(self) -> None:
        self.labels = self.labels or [self.label]

    def fits(self, other: _Source, *, by_state: bool = False) -> bool:
        """Could two sources be one? Two anonymous descriptions that fit each other; one
        organisation named two ways; a state's unnamed institutional voices ("Washington",
        "the White House", "the US") and that state's anonymous officials: a government is
        one source however its position reaches the press. With ``by_state``, every
        official voice of one state is one source (for counting independent support:
        officials repeating their government's position do not corroborate it)."""
        same_org = (_same_org(self.org, other.org)
                    or bool(self.initials) and self.initials == other.org
                    or bool(other.initials) and other.initials == self.org) and (
            not self.countries or not other.countries or bool(self.countries & other.countries)
        )
        if by_state and self.official and other.official and not self._apart(other):
            state_a, state_b = self._state_of(), other._state_of()
            # One state, or one body: "the navy" and "navy spokesman Nirad Sinha".
            if (state_a is not None and state_a == state_b) or same_org:
                return True
        if same_org and (self.type == other.type == "organization" or (
                {self.type, other.type} == {"person", "organization"}
                and (self.voice or other.voice))):
            return True  # one body named two ways, or the body and its spokesperson or head
        if self.type == other.type == "person" and _same_person(self.key, other.key):
            return True
        if _authored(self, other) or _authored(other, self):
            return True  # "the indictment" and "prosecutors": the prosecution
        if (self.document and self.document == other.document
                and self.contrasts == other.contrasts
                and (not self.countries or not other.countries
                     or bool(self.countries & other.countries))):
            # Unowned documents of one kind behind one claim are one document however
            # each article describes it ("Friday's indictment", "the indictment", "Robert
            # Mueller indictment"), unless a word sets one apart ("a previous indictment")
            # or they come from two countries: one source, as anonymous mentions that may
            # be one source count once.
            return True
        state = self.state or other.state
        if state is not None:
            voice, peer = (self, other) if self.state else (other, self)
            if peer.state is not None:
                return peer.state == voice.state
            if peer.type != "anonymous":
                return False
            # "US officials", or officials of a bloc the state belongs to ("Western").
            if peer.countries:
                return peer.countries == {state}
            return any(state in group_members(g) for g in peer.groups)
        if self.type != "anonymous" or other.type != "anonymous":
            return False
        if self.head and other.head and self.head != other.head:
            return False
        if self.agency and other.agency and self.agency != other.agency:
            return False
        if self._apart(other):
            return False
        mine = self.countries | {c for g in self.groups for c in group_members(g)}
        theirs = other.countries | {c for g in other.groups for c in group_members(g)}
        return not mine or not theirs or bool(mine & theirs)

    def _apart(self, other: _Source) -> bool:
        """Two anonymous sources told apart (DESIGN.md: anonymous mentions may be one
        source when they have the same description in related reports): they reached the
        corpus through unrelated reports (NBC's "two US officials" and the Times' "a
        senior administration official") and their descriptions differ in seniority or
        agency. Separately obtained, they are independent; one outlet's "US officials" and
        another's "officials" still may be one source."""
        if self.type != "anonymous" or other.type != "anonymous":
            return False
        if not self.reports or not other.reports or self.reports & other.reports:
            return False
        return (self.seniority, self.agency) != (other.seniority, other.agency)

    def _state_of(self) -> str | None:
        return self.state or (next(iter(self.countries)) if len(self.countries) == 1 else None)


_AUTHORS = lexicon("source_kinds").pairs("document_authors")


def _authored(doc: _Source, people: _Source) -> bool:
    """``doc`` is a document of the kind ``people`` write ("the indictment", "prosecutors")."""
    words = re.findall(r"[a-z]+", people.label.lower())
    return bool(doc.document and words) and (doc.document, words[-1].removesuffix("s")) in _AUTHORS


def _source_of(s: Speaker, corpus: ProvenanceIndex) -> _Source:
    label = short_label(s)
    # A report counted as a source names no one behind it ("media reports", "a Lumbrian
    # intelligence report": ``build._tally_speakers``): unnamed, as an anonymous source is.
    if role_of(s) in ("anonymous", "relay"):
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
            # "defence" and "defense" are one agency (the one agency word spelt two ways).
            agency=str(agency).casefold().replace("defence", "defense") if agency else None,
            official=_government_voice(s),
            reports=corpus.reports(s.id),
            seniority=str(s.descriptors.get("seniority") or "").casefold(),
        )
    # Typographic apostrophes are one character ("Friday’s" and "Friday's").
    key = (s.name or label).casefold().replace("’", "'")
    countries = corpus.speaker_countries(s)
    state = next(iter(countries)) if len(countries) == 1 and _state_voice(s) else None
    document, contrasts = document_kind(s)
    return _Source(key, [s.id], label, s.type, countries, set(), "", None, state=state,
                   org=_org_key(s), official=_government_voice(s), initials=_initials(s),
                   document=document, contrasts=contrasts, voice=s.type == "person" and bool(
                       (VOICE_ROLES | LEADING_ROLES) & set((s.role or "").lower().split())))


def _merged(members: list[int], sources: Sequence[_Source], speakers: Sequence[Speaker],
            same: UnionFind[int]) -> _Source:
    """One source of the speakers ``members`` (indices), as ``collapse_sources`` joined them."""
    # The source goes by a state's own voice, else by a name, else by a description.
    # A person named only by office ("the president") goes by the name it was joined to.
    office = {k for k in members if speakers[k].type == "person" and not speakers[k].name}
    members.sort(key=lambda k: (sources[k].state is None, sources[k].type == "anonymous",
                                k in office, k))
    lead = sources[members[0]]
    src = _Source(lead.key, [speakers[k].id for k in members], lead.label, lead.type,
                  set().union(*(sources[k].countries for k in members)),
                  set().union(*(sources[k].groups for k in members)), lead.head,
                  lead.agency, [sources[k].label for k in members], state=lead.state,
                  org=lead.org, official=lead.official)
    # Other voices of the same state, taken in only to count support per state.
    others = {sources[k].label.casefold() for k in members
              if same.find(k) != same.find(members[0])}
    by_name = [sources[k].label for k in members if k not in office]
    src.label = lead.label if lead.state or others else _best_label(
        by_name if office and by_name else src.labels)
    if others:
        count = len(others)
        src.label += (f" [with {count} more official voice{'s' if count > 1 else ''} "
                      "of the same state]")
    return src


def _offices_named(speakers: Sequence[Speaker], corpus: ProvenanceIndex) -> dict[str, str]:
    """A person named by office only that the article left unresolved ("the president
    said") and the one named source of the same claim who holds that office ("President
    Donald Trump"): one source. Two named holders (Trump and Putin, both presidents), or
    another country than the office's: left apart."""
    out: dict[str, str] = {}
    for s in speakers:
        if s.type != "person" or s.name or not by_office(s.label, s.role):
            continue
        words = _WORD.findall((s.role or "").split(",")[0].casefold())
        if not words:
            continue
        office, countries = words[-1], corpus.speaker_countries(s)
        holders = {t.name: t.id for t in speakers
                   if t.type == "person" and t.name
                   and office in _WORD.findall(f"{t.role or ''} {t.label}".casefold())
                   and (not countries or bool(corpus.speaker_countries(t) & countries))}
        if len(holders) == 1:
            out[s.id] = next(iter(holders.values()))
    return out


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


def collapse_sources(
    speakers: Iterable[Speaker], corpus: ProvenanceIndex, *, by_state: bool = False
) -> list[_Source]:
    """Independent sources: the groups of speakers linked by any chain of "may be one
    source" (same name, an alias, one organisation named two ways, fitting anonymous
    descriptions, a state's unnamed voices with its anonymous officials; with
    ``by_state``, also every official voice of one state: see ``_Source.fits``)."""
    speakers = list({s.id: s for s in speakers}.values())
    alias: dict[str, str] = {}
    for s in speakers:
        for other in s.possibly_same_as:
            alias.setdefault(other, s.id)
    alias.update(_offices_named(speakers, corpus))
    sources = [_source_of(s, corpus) for s in speakers]
    n = len(sources)
    # One source; one source when counting support per state. Each group carries the
    # countries it speaks for: a chain through a source of unknown country ("the army")
    # must not join two states' sources ("the Belarusian army", "the Kazakh army").
    same, state = UnionFind(range(n)), UnionFind(range(n))
    held = {uf: {i: set(src.countries) for i, src in enumerate(sources)} for uf in (same, state)}

    def join(uf: UnionFind[int], i: int, j: int, *, named: bool) -> None:
        countries = held[uf]
        ri, rj = uf.find(i), uf.find(j)
        a, b = countries[ri], countries[rj]
        if ri != rj and (named or not (a and b) or a & b):
            joined = uf.union(ri, rj)
            assert joined is not None
            keep, gone = joined
            countries[keep] = countries[keep] | countries.pop(gone)

    for i in range(n):
        for j in range(i + 1, n):
            a, b = sources[i], sources[j]
            named = (a.key == b.key or alias.get(speakers[j].id) == speakers[i].id
                     or alias.get(speakers[i].id) == speakers[j].id)
            if named or a.fits(b):
                join(same, i, j, named=named)
                join(state, i, j, named=named)
            elif by_state and a.fits(b, by_state=True):
                join(state, i, j, named=False)
    merged = [(min(members), _merged(members, sources, speakers, same))
              for members in state.groups()]
    return [m for _first, m in sorted(merged, key=lambda x: x[0])]


def is_party(
    s: Speaker, corpus: ProvenanceIndex, claim_text: str, claim_countries: set[str]
) -> bool:
    """A party to the claim: named in it, or speaking for a state the claim is about.

    A scholar or a company from that country is not a party by nationality alone.
    """
    words = " " + " ".join(_WORD.findall(claim_text.casefold())) + " "
    for name in (s.name, s.affiliation):
        key = " ".join(_WORD.findall((name or "").casefold()))
        if len(key) > 2 and f" {key} " in words:
            return True
    return _official(s) and bool(corpus.speaker_countries(s) & claim_countries)


def acts_for(s: Speaker, corpus: ProvenanceIndex, agent: str | None) -> bool:
    """Whether ``s`` speaks for the claim's agent (a normalised key: "us", "norsar"): the
    state it speaks for, or its name or affiliation."""
    if not agent:
        return False
    code = country_code(agent)
    if code is not None:
        return _official(s) and code in corpus.speaker_countries(s)
    key = " ".join(_WORD.findall(agent.casefold()))
    return any(f" {key} " in " " + " ".join(_WORD.findall((text or "").casefold())) + " "
               for text in (s.name, s.affiliation, s.label))


def summarise_source(
    src: _Source,
    corpus: ProvenanceIndex,
    claim_text: str,
    claim_countries: set[str],
    asserting: set[str],
    denying: set[str],
    agent: str | None = None,
) -> SourceSummary:
    speakers = [corpus.spk[x] for x in src.speakers if x in corpus.spk]
    labels = " ".join(s.label for s in speakers)
    # A person named by office ("the finance minister") is on the record too.
    named = src.type != "anonymous" and any(
        s.name or s.type != "person" or by_office(s.label, s.role) for s in speakers)
    voices = [s for s in speakers if not _commentator(s)]
    has_role = any(s.role or s.affiliation for s in voices) or bool(
        _ROLE.search(" ".join(s.label for s in voices)))
    desc = " ".join(str(v) for s in speakers for v in s.descriptors.values())
    return SourceSummary(
        label=src.label,
        type=src.type,
        speakers=tuple(src.speakers),
        named=named,
        has_role=has_role,
        knowledge=bool(_KNOWLEDGE.search(labels + " " + desc))
        or any(placed_to_know(s) for s in speakers),
        institution=bool(_INSTITUTION.search(labels + " " + desc)) or src.agency is not None,
        party=any(is_party(s, corpus, claim_text, claim_countries) for s in speakers),
        # A claim the claims stage found no agent in has no actor: a party to it ("the
        # airship is civilian" from Beijing) defends itself. Told nothing about agents, a
        # party to the claim is taken to have done the thing.
        acted=any(acts_for(s, corpus, agent) if agent or corpus.agents_known else is_party(
            s, corpus, claim_text, claim_countries) for s in speakers),
        contradicts_itself=bool(set(src.speakers) & asserting & denying),
    )


def own_authority(outlets: Sequence[tuple[str, str]]) -> list[SourceSummary]:
    """Outlets (name, speaker id) credited with a claim that name no one behind it, each a
    source on its own authority: named and on the record, without shown direct knowledge
    (reliability C). Only for a claim with no other source: an outlet that names its
    source elsewhere is that source's relay."""
    by_name: dict[str, list[str]] = {}
    for name, speaker in outlets:
        by_name.setdefault(name, []).append(speaker)
    return [SourceSummary(label=f"{name}, on its own authority", type="outlet",
                          speakers=tuple(dict.fromkeys(ids)), named=True)
            for name, ids in by_name.items()]
