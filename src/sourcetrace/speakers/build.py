"""Corpus-level speakers: merge the same speaker across mentions and articles.

Rules, in order of strength:

- Named people merge on their full name ("foreign ministry spokesman Zhao Lijian" and
  "Zhao Lijian"); a one-word name ("Sullivan", "Zhao") joins the single full name that
  carries it — first in its own article, then in related articles, then in the corpus —
  and stays apart when two different people share it, unless its role rules all but one
  out ("President Trump" is not "First Lady Melania Trump") or, corpus-wide, one of them
  is quoted in most of their articles (``[speakers] surname_dominance``). Middle initials and
  invisible characters do not make two full names ("Donald J. Trump", "Donald Trump").
- Organisations, outlets and capitals-as-governments merge on their normalised name.
- A bare one-word "person" that the corpus also uses as a state ("Korvath's foreign
  ministry", a place entity elsewhere) and never as part of a person's full name is a
  state speaking ("Korvath rejected that claim"): the parser's entity labels miss
  unfamiliar country names.
- Anonymous sources are never merged into named people, nor with each other across
  articles; the same description in related articles is marked ``possibly_same_as``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sourcetrace.lexicons import lexicon
from sourcetrace.models import Attribution, Speaker, content_id
from sourcetrace.speakers.keys import body_key
from sourcetrace.speakers.keys import norm as _norm
from sourcetrace.speakers.keys import person_key as _person_key
from sourcetrace.speakers.lexicon import OTHER_HEADS, POSSESSIVES, PRONOUNS
from sourcetrace.speakers.names import without_clauses
from sourcetrace.speakers.parse import SpeakerInfo, by_office, parse_source
from sourcetrace.speakers.retype import (
    retype_bodies,
    retype_lone_words,
    retype_outlets,
    retype_states,
    retype_surnames,
)
from sourcetrace.speakers.roles import ROLE_LIKE

__all__ = ["SpeakerInfo", "build_speakers", "parse_source"]

# Words that qualify a role without saying which office it is (roles.toml).
_ROLE_QUALIFIERS = lexicon("roles").words("role_qualifiers")



@dataclass
class _Group:
    key: str
    type: str
    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    descriptors: dict[str, Any] = field(default_factory=dict)
    description: str = ""

    def add(self, info: SpeakerInfo, article: str) -> None:
        if info.name:
            self.names[info.name] += 1
        self.labels[without_clauses(info.text)] += 1
        if info.role:
            self.roles[info.role] += 1
        if info.affiliation:
            self.affiliations[info.affiliation] += 1
        if info.country:
            self.countries[info.country] += 1
        self.articles.add(article)
        for k, v in info.descriptors.items():
            self.descriptors.setdefault(k, v)


def _best(c: Counter[str]) -> str | None:
    if not c:
        return None
    # Most frequent, then the fullest form.
    return max(c.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _role_words(role: str | None) -> frozenset[str]:
    """The words of a role that say what the office is ("President", "First Lady"); none
    from a "role" the parse made of other words ("welcome", "Question")."""
    return frozenset(w for w in _norm(role or "").split() if w in ROLE_LIKE) - _ROLE_QUALIFIERS


def _anon_description(info: SpeakerInfo) -> str:
    return _norm(info.text)


def _unresolved_reference(label: str) -> bool:
    """A pronoun, or a phrase owned by one ("his country", "their government"): it points
    at someone the text named elsewhere, so it is no source of its own. A document owned
    so ("Her notice said", "their statement") is still a document: a source, unnamed."""
    words = label.lower().split()
    if len(words) > 1 and words[0] in POSSESSIVES and words[-1] in OTHER_HEADS:
        return False
    return bool(words) and (words[0] in PRONOUNS or words[0] in POSSESSIVES)


def _office(info: SpeakerInfo) -> bool:
    """A person named by office only ("the finance minister"): a speaker, on the record."""
    return by_office(info.text, info.role)


def _parse_infos(attributions: Sequence[Attribution]) -> list[SpeakerInfo | None]:
    """One parsed speaker per attribution, aligned with it; a resolved coreference beats
    the surface text, and a person without a name is no speaker we can merge."""
    infos: list[SpeakerInfo | None] = []
    for a in attributions:
        if a.resolved_source:
            # The hint is the antecedent's entity label ("Microsoft" for "the company").
            info: SpeakerInfo | None = parse_source(a.resolved_source, entity=a.source_entity)
        elif a.source_text:
            info = parse_source(a.source_text, entity=a.source_entity)
        else:
            info = None
        if info is not None and info.type == "person" and not info.name and not _office(info):
            info = None  # an unresolved pronoun: unknown speaker
        if info is not None and info.type == "other" and _unresolved_reference(info.text):
            info = None  # "it", "his country": who is meant was not resolved
        infos.append(info)
    return infos


def _full_names(attributions: Sequence[Attribution], infos: Sequence[SpeakerInfo | None],
                ) -> tuple[dict[str, set[str]], dict[tuple[str, str], set[str]], set[str]]:  # fmt: skip
    """Full names by each of their name words, corpus-wide and per article: the pools a
    one-word name ("Sullivan") is resolved against; and the headlines read as names,
    left out of the pools."""
    # Full names known per article, per story, and corpus-wide, by each name word.
    full_by_word: dict[str, set[str]] = defaultdict(set)
    full_in_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, info in zip(attributions, infos, strict=True):
        if info is None or info.type != "person" or not info.name:
            continue
        key = _person_key(info.name)
        parts = key.split()
        if len(parts) >= 2:
            for w in (parts[0], parts[-1]):
                full_by_word[w].add(key)
                full_in_article[(a.article, w)].add(key)
    # A "full name" that begins and ends with two other people's surnames is a headline
    # read as a name ("Trump Meets Putin: 'Getting along with Russia is a good thing'"):
    # no one-word name resolves to it ("Mr. Trump" had become "Trump Meets Putin").
    keys = {k for names in full_by_word.values() for k in names}
    fragments = {k for k in keys if _two_people(k, full_by_word)}
    if fragments:
        for pool in (*full_by_word.values(), *full_in_article.values()):
            pool -= fragments
    return full_by_word, full_in_article, fragments


def _headline_subject(info: SpeakerInfo | None, fragments: set[str]) -> SpeakerInfo | None:
    """The speaker of a headline read as a name ("Trump Meets Putin: 'Getting along with
    Russia is a good thing'") is its subject, the first of the two people it names: a
    one-word name, resolved as any other."""
    if info is None or info.type != "person" or not info.name:
        return info
    if _person_key(info.name) not in fragments:
        return info
    return replace(info, name=info.name.split()[0])


def _two_people(key: str, full_by_word: Mapping[str, set[str]]) -> bool:
    """Whether a full name's first and last words are each the surname of another full
    name of the corpus, two different people ("trump meets putin": Donald Trump's and
    Vladimir Putin's)."""
    parts = key.split()
    if len(parts) < 3:
        return False

    def owner(word: str) -> set[str]:
        return {k for k in full_by_word.get(word, set()) if k != key and k.split()[-1] == word}

    first, last = owner(parts[0]), owner(parts[-1])
    return bool(first) and bool(last) and not first & last


def _full_name_facts(attributions: Sequence[Attribution], infos: Sequence[SpeakerInfo | None],
                     ) -> tuple[dict[str, frozenset[str]], dict[str, int]]:  # fmt: skip
    """Per full name, the words of the roles it was written with and how many articles
    quote it."""
    roles: dict[str, set[str]] = defaultdict(set)
    arts: dict[str, set[str]] = defaultdict(set)
    for a, info in zip(attributions, infos, strict=True):
        if info is not None and info.type == "person" and info.name:
            key = _person_key(info.name)
            if len(key.split()) >= 2:
                roles[key] |= _role_words(info.role)
                arts[key].add(a.article)
    return {k: frozenset(v) for k, v in roles.items()}, {k: len(v) for k, v in arts.items()}


@dataclass
class _NameIndex:
    """Where a one-word name may find its full name: its article, its story, the corpus."""

    full_by_word: dict[str, set[str]]
    full_in_article: dict[tuple[str, str], set[str]]
    story_of: dict[str, str]
    full_in_story: dict[tuple[str, str], set[str]]
    copy_of: Mapping[str, str] = field(default_factory=dict)  # a copy -> its original
    roles: Mapping[str, frozenset[str]] = field(default_factory=dict)  # full name -> role words
    reach: Mapping[str, int] = field(default_factory=dict)  # full name -> articles quoting it
    # Corpus-wide, a one-word name several full names share is the one quoted in this share
    # of their articles ("Trump" in a story on a summit, where "Melania Trump" and a
    # headline fragment read as "Trump Meets Putin" are quoted too). settings [speakers].
    dominance: float = 1.0

    @classmethod
    def build(cls, attributions: Sequence[Attribution], related: Mapping[str, str],
              full_by_word: dict[str, set[str]],
              full_in_article: dict[tuple[str, str], set[str]]) -> _NameIndex:  # fmt: skip
        """Story pools are the article pools merged by ``related`` key (an article with
        no key is its own story)."""
        story_of = {a.article: related.get(a.article, a.article) for a in attributions}
        full_in_story: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (art, w), names in full_in_article.items():
            full_in_story[(story_of.get(art, art), w)] |= names
        return cls(full_by_word, full_in_article, story_of, full_in_story)

    def person_group_key(self, article: str, name: str, role: str | None = None) -> str:
        """The narrowest pool that knows the word decides; an ambiguous pool stops the
        search so two people who share a surname are never merged. A full name written
        with another office only is not this one ("President Trump" is not the "First
        Lady Melania Trump" of the same article): the search goes on past it."""
        key = _person_key(name)
        parts = key.split()
        if len(parts) != 1:
            return "person:" + self._given_name_variant(article, key)
        w, mine = parts[0], _role_words(role)
        pools = self._pools(article, w)
        for level, pool in enumerate(pools):
            fits = sorted(k for k in pool if not mine or not self.roles.get(k)
                          or mine & self.roles[k])
            if len(fits) == 1:
                return "person:" + fits[0]
            if len(fits) > 1:
                top = max(fits, key=lambda k: (self.reach.get(k, 0), k))
                share = self.reach.get(top, 0) / max(sum(self.reach.get(k, 0) for k in fits), 1)
                if level == len(pools) - 1 and share >= self.dominance:
                    return "person:" + top
                break  # two people share this name: keep the mention on its own
        return "person:" + key + "@" + self.story_of.get(article, article)

    def _pools(self, article: str, word: str) -> tuple[set[str], set[str], set[str]]:
        """The full names carrying ``word`` in the article, its story and the corpus,
        narrowest first."""
        return (self.full_in_article.get((article, word), set()),
                self.full_in_story.get((self.story_of.get(article, article), word), set()),
                self.full_by_word.get(word, set()))

    def _given_name_variant(self, article: str, key: str) -> str:
        """A given name written short ("Pat Ryder") is the full name with the longer
        given name it begins ("Patrick Ryder") when that is the only other person of the
        surname in the narrowest pool that has one (article, story, corpus); two others
        ("Patrick Ryder", "Patricia Ryder"), or a short form under three letters, keep it
        apart."""
        given, family = key.split()[0], key.split()[-1]
        if len(given) < 3:
            return key
        for pool in self._pools(article, family):
            others = {k for k in pool if k != key and k.split()[-1] == family}
            if others:
                longer = [k for k in others if len(k.split()[0]) > len(given)
                          and k.split()[0].startswith(given)]
                return longer[0] if len(others) == 1 and longer else key
        return key


def _group_key(a: Attribution, info: SpeakerInfo, names: _NameIndex) -> str:
    """The merge key encodes the merge rule: anonymous and unclassified speakers are
    scoped to their article, organisations and outlets merge corpus-wide by name."""
    if info.type == "person" and info.name:
        return names.person_group_key(a.article, info.name, info.role)
    if info.type == "person" and _office(info):
        # "the finance minister" in three articles of one story is one person.
        return f"office:{names.story_of.get(a.article, a.article)}:{_norm(info.role or '')}"
    if info.type == "anonymous":
        # Scoped to the text: a copy's "US officials" are its original's; another
        # article's are only possibly the same.
        return f"anonymous:{names.copy_of.get(a.article, a.article)}:{_anon_description(info)}"
    if info.type == "organization":
        return f"organization:{body_key(info.name or info.text)}"
    if info.type == "outlet":
        return f"outlet:{_norm(info.name or info.text)}"
    return f"other:{a.article}:{_norm(info.text)}"


def _group_mentions(attributions: Sequence[Attribution], infos: Sequence[SpeakerInfo | None],
                    names: _NameIndex) -> tuple[dict[str, _Group], list[str | None]]:  # fmt: skip
    """Groups in first-mention order (speaker ids and ties in the final sort follow it),
    and each attribution's group key (None for an unknown speaker)."""
    groups: dict[str, _Group] = {}
    keys: list[str | None] = []
    for a, info in zip(attributions, infos, strict=True):
        if info is None:
            keys.append(None)
            continue
        gkey = _group_key(a, info, names)
        grp = groups.get(gkey)
        if grp is None:
            grp = groups[gkey] = _Group(gkey, info.type)
            grp.description = _anon_description(info)
        grp.add(info, a.article)
        keys.append(gkey)
    return groups, keys


def _possibly_same(groups: Mapping[str, _Group], related: Mapping[str, str],
                   ids: Mapping[str, str]) -> dict[str, set[str]]:  # fmt: skip
    """Anonymous sources are never merged across articles, only cross-referenced, and only
    within a story: the same description elsewhere is likely a different person."""
    # Anonymous sources with the same description in related (but different) articles.
    by_desc: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, g in groups.items():
        if g.type == "anonymous":
            for art in g.articles:
                if art in related:
                    by_desc[(related[art], g.description)].append(k)
    same: dict[str, set[str]] = defaultdict(set)
    for members in by_desc.values():
        uniq = sorted(set(members))
        for k in uniq:
            same[k] |= {ids[m] for m in uniq if m != k}
    return same


def _speaker(k: str, g: _Group, sid: str, same: Mapping[str, set[str]]) -> Speaker:
    """A person is named by the fullest form of their name; anything else by its most
    frequent one; an anonymous source has no name, only a label."""
    name = _best(g.names) if g.type != "anonymous" else None
    if g.type == "person" and g.names:
        name = max(g.names, key=lambda n: (len(n.split()), g.names[n], len(n)))
    label = max(g.labels, key=lambda t: (g.labels[t], len(t)))
    return Speaker(
        id=sid,
        name=name,
        label=label,
        type=g.type,  # type: ignore[arg-type]
        role=_best(g.roles),
        affiliation=max(g.affiliations, key=lambda t: (g.affiliations[t], len(t)))
        if g.affiliations
        else None,
        country=_best(g.countries),
        articles=tuple(sorted(g.articles)),
        descriptors=dict(g.descriptors),
        possibly_same_as=tuple(sorted(same.get(k, ()))),
    )


def build_speakers(
    attributions: Sequence[Attribution], *, related: Mapping[str, str] | None = None,
    copies: Mapping[str, str] | None = None, dominance: float = 1.0,
    outlets: Mapping[str, str] | None = None,
) -> tuple[list[Speaker], list[Attribution]]:
    """Speakers for a corpus's attributions, and the attributions with ``speaker`` set.

    ``related`` maps an article id to a story or duplicate-group key; only articles that
    share a key can have their anonymous sources marked "possibly the same". ``copies``
    maps a copy to its original: there the same description is the same source.
    ``dominance``: ``_NameIndex.dominance`` (1.0: a shared surname never resolves
    corpus-wide). ``outlets``: the corpus's own outlets (``retype.outlet_names``), whose
    names are outlets wherever a source is named by one alone.
    """
    related = related or {}
    infos = retype_bodies(retype_surnames(attributions, _parse_infos(attributions)))
    full_by_word, full_in_article, fragments = _full_names(attributions, infos)
    infos = [_headline_subject(info, fragments) for info in infos]
    infos = retype_states(attributions, infos, set(full_by_word))
    infos = retype_lone_words(attributions, infos, set(full_by_word))
    infos = retype_outlets(infos, dict(outlets or {}))
    roles, reach = _full_name_facts(attributions, infos)
    names = replace(_NameIndex.build(attributions, related, full_by_word, full_in_article),
                    copy_of=copies or {}, roles=roles, reach=reach, dominance=dominance)
    groups, keys = _group_mentions(attributions, infos, names)
    ids = {k: content_id(k, "s") for k in groups}
    same = _possibly_same(groups, related, ids)
    speakers = [_speaker(k, g, ids[k], same) for k, g in groups.items()]
    speakers.sort(key=lambda s: (s.type, s.name or s.label))
    out = [
        replace(a, speaker=ids[k] if k else None) for a, k in zip(attributions, keys, strict=True)
    ]
    return speakers, out
