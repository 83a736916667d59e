"""Look-ups over the provenance stage's inputs, shared by every claim: attributions,
speakers, articles and their origins, outlet names, and the countries a speaker speaks for."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sourcetrace.citations.outlets import Outlet, OutletRegistry
from sourcetrace.geo.parties import COUNTRIES, countries_in
from sourcetrace.models import Article, Attribution, Citation, Origin, Speaker
from sourcetrace.provenance.kinds import is_office

__all__ = ["ProvenanceIndex"]


def _code(value: object) -> set[str]:
    if not value:
        return set()
    if isinstance(value, (list, tuple, set)):
        return set().union(*(_code(v) for v in value)) if value else set()
    text = str(value)
    if text.upper() in COUNTRIES:
        return {text.upper()}
    return countries_in(text)


_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$", re.I)


def _name_key(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.casefold().split()))


def _by_last_word(publishers: Mapping[str, str]) -> dict[str, str]:
    """Publishers by the last word of their name, where no other's ends in it: "the
    Ledger" is The Harbor Ledger, as "the Times" is a paper called so."""
    ends: dict[str, set[str]] = defaultdict(set)
    for key, full in publishers.items():
        if len(key.split()) > 1:
            ends[key.split()[-1]].add(full)
    return {word: next(iter(fulls)) for word, fulls in ends.items() if len(fulls) == 1}


class ProvenanceIndex:
    """Look-ups over the stage inputs, shared by every claim."""

    def __init__(
        self,
        attributions: Sequence[Attribution],
        speakers: Sequence[Speaker],
        citations: Sequence[Citation],
        articles: Sequence[Article],
        duplicate_of: Mapping[str, str | None],
        registry: OutletRegistry,
        agents: Mapping[str, str] | None = None,
        origins: Mapping[str, Origin] | None = None,
    ) -> None:
        self.reg = registry
        self.origins: Mapping[str, Origin] = origins or {}
        # Each claim's agent (claim id -> normalised key), read off its mentions.
        self.agents: Mapping[str, str] = agents or {}
        # Whether the claims stage said who acts: then a claim it gave no agent has none.
        self.agents_known = agents is not None
        self.att = {a.id: a for a in attributions}
        self.spk = {s.id: s for s in speakers}
        self.art = {a.id: a for a in articles}
        # Where each article stands in the order it was given: equal dates go to the first.
        self.given = {a.id: i for i, a in enumerate(articles)}
        self.dup = duplicate_of
        self._countries: dict[str, frozenset[str]] = {}
        self._found: dict[str, Outlet | None] = {}
        self._outlet: dict[str, str | None] = {}
        # Outlets the registry lacks go by the name their own articles' metadata gives
        # ("Harbor Ledger" in a citation is "The Harbor Ledger" of the publisher field).
        self._publisher: dict[str, str] = {}
        for art in articles:
            if art.outlet and self.find(art.outlet) is None:
                self._publisher.setdefault(_name_key(art.outlet), art.outlet)
        for word, full in _by_last_word(self._publisher).items():
            self._publisher.setdefault(word, full)
        self.citations_by_article: dict[str, list[Citation]] = defaultdict(list)
        for c in citations:
            self.citations_by_article[c.article].append(replace(c, outlet=self.name(c.outlet)))
        # Everything said about a named speaker anywhere, to place them in a country.
        self.labels_by_name: dict[str, list[str]] = defaultdict(list)
        for s in speakers:
            if s.name:
                self.labels_by_name[s.name.casefold()].extend(
                    x for x in (s.label, s.affiliation, s.role, s.country) if x
                )
        # Who speaks in each article, for the country of an office holder the texts
        # place nowhere (``_home_country``).
        self.voices_by_article: dict[str, dict[str, None]] = defaultdict(dict)
        for a in attributions:
            spoken = self.spk.get(a.speaker or "")
            if spoken is not None and spoken.name and a.source_text:
                self.labels_by_name[spoken.name.casefold()].append(a.source_text)
            if spoken is not None:
                self.voices_by_article[a.article][spoken.id] = None
        self._reports: dict[str, set[str]] | None = None

    def reports(self, speaker_id: str) -> frozenset[str]:
        """The reports a speaker reached the corpus through: the outlets its attributions
        are relayed via, else whose text the article is. Two anonymous sources in one report
        may be one source; in unrelated reports only a matching description makes them so."""
        if self._reports is None:
            self._reports = defaultdict(set)
            for a in self.att.values():
                if a.speaker:
                    outlets = [self.name(v) for v in a.via] or [self.text_outlet(a.article) or ""]
                    self._reports[a.speaker].update(o for o in outlets if o)
        return frozenset(self._reports.get(speaker_id, ()))

    def text_outlet(self, article_id: str) -> str | None:
        """Whose text the article is: its origin when another outlet's (a wire, a paper it
        copies), else its publisher."""
        origin = self.origins.get(article_id)
        if origin is not None and origin.outlet and origin.basis in ("credit", "copy", "quoted"):
            return self.name(origin.outlet)
        return self.outlet_of(article_id)

    def origin(self, article_id: str) -> str:
        seen = {article_id}
        current = article_id
        while True:
            nxt = self.dup.get(current)
            if not nxt or nxt in seen:
                return current
            seen.add(nxt)
            current = nxt

    def find(self, name: str) -> Outlet | None:
        """Registry look-up, remembered: the same few outlet names come back all the time.
        A publisher given as its web domain ("washingtonpost.com", as scraped corpora give
        it) is the outlet the registry knows at that domain."""
        if name not in self._found:
            found = self.reg.find(name)
            if found is None and _DOMAIN.match(name):
                found = self.reg.by_domain(name)
            self._found[name] = found
        return self._found[name]

    def name(self, outlet: str) -> str:
        """One display name per outlet: the registry's, else the publisher field's."""
        found = self.find(outlet)
        if found is not None:
            return found.name
        return self._publisher.get(_name_key(outlet), outlet)

    def outlet_of(self, article_id: str) -> str | None:
        """The publishing outlet of an article: metadata, credit line or web domain."""
        if article_id not in self._outlet:
            self._outlet[article_id] = self._outlet_of(article_id)
        return self._outlet[article_id]

    def _outlet_of(self, article_id: str) -> str | None:
        art = self.art.get(article_id)
        if art is not None and art.outlet:
            return self.name(art.outlet)
        for c in self.citations_by_article.get(article_id, []):
            if c.kind == "source_line":
                return c.outlet
        if art is not None and art.url:
            found = self.reg.by_domain(art.url)
            if found is not None:
                return found.name
        return None

    def speaker_countries(self, s: Speaker) -> set[str]:
        """Countries a speaker speaks for, from everything the corpus says about them."""
        cached = self._countries.get(s.id)
        if cached is None:
            cached = self._countries[s.id] = frozenset(self._speaker_countries(s))
        return set(cached)

    def _speaker_countries(self, s: Speaker) -> set[str]:
        found = self._stated_countries(s)
        if not found and s.type == "person" and not s.affiliation and is_office(s.role or ""):
            found = self._home_country(s)
        return found

    def _home_country(self, s: Speaker) -> set[str]:
        """The country of an office holder no text places ("Defense Secretary Lloyd
        Austin", "President Joe Biden"): the one every other voice placed in a country
        speaks for, in an article where at least two are (a US official and the US
        Secretary of State beside him). Articles that place their voices in several
        countries, or two such articles that disagree, tell nothing."""
        homes: set[str] = set()
        for article in s.articles or tuple(self.voices_by_article):
            voices = self.voices_by_article.get(article, {})
            if s.id not in voices:
                continue
            placed = [c for v in voices if v != s.id and v in self.spk
                      and (c := self._stated_countries(self.spk[v]))]
            here = set().union(*placed) if placed else set()
            if len(placed) >= 2 and len(here) == 1:
                homes |= here
        return homes if len(homes) == 1 else set()

    def _stated_countries(self, s: Speaker) -> set[str]:
        """The countries the texts place a speaker in: its own words and labels."""
        found = _code(s.country) | countries_in(s.affiliation or "")
        found |= countries_in(s.label, skip_locations=True)
        for key in ("nationality", "country", "countries", "agency", "affiliation"):
            found |= _code(s.descriptors.get(key))
        if s.name:
            for text in self.labels_by_name.get(s.name.casefold(), []):
                found |= countries_in(text, skip_locations=True)
        return found
