"""Corpus-level speakers: merge the same speaker across mentions and articles.

Rules, in order of strength:

- Named people merge on their full name ("foreign ministry spokesman Zhao Lijian" and
  "Zhao Lijian"); a one-word name ("Sullivan", "Zhao") joins the single full name that
  carries it — first in its own article, then in related articles, then in the corpus —
  and stays apart when two different people share it, unless its role rules all but one
  out ("President Trump" is not "First Lady Melania Trump"). Middle initials and
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

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.geo.places import country_code, is_city
from sourcetrace.lexicons import alternation, lexicon
from sourcetrace.models import Attribution, Speaker, content_id
from sourcetrace.speakers.lexicon import HONORIFICS, POSSESSIVES, PRONOUNS
from sourcetrace.speakers.parse import SpeakerInfo, by_office, parse_source

__all__ = ["SpeakerInfo", "build_speakers", "parse_source"]

_SHAPES = lexicon("speaker_shapes")
# Titles before a name, compared without ("Brig. Gen. Pat Ryder" is "Pat Ryder"): the
# title abbreviations the tokenizer keeps whole, and the honorifics (both roles.toml).
_TITLE_WORDS = alternation(
    {t.rstrip(".").lower() for t in lexicon("roles").words("title_abbreviations")}
    | {h.rstrip(".") for h in HONORIFICS})
_HONORIFIC = re.compile(rf"^(?:(?:{_TITLE_WORDS})\.?\s+)+", re.I)
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
# "X's foreign ministry": the possessor of a state institution is a state, not a person.
# Institutions only a state has: "Putin's office" or "Putin's government" do not qualify.
_STATE_POSSESSOR = _SHAPES.pattern("state_possessor")
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})
# Entity labels a lone word read as a name may carry that no person has.
_NOT_PEOPLE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
# Words that qualify a role without saying which office it is.
_ROLE_QUALIFIERS = frozenset({"of", "the", "us", "u.s", "former", "then", "acting", "current"})
# Invisible characters that split a name in some pages' markup ("Vladi\u00admir Putin").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def _norm(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).replace("\u2019", "'")
    text = re.sub(r"'s$", "", text.strip())
    text = _HONORIFIC.sub("", _DET.sub("", text))
    return " ".join(re.sub(r"[.,]", "", text).split()).casefold()


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
        self.labels[info.text] += 1
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


def _state_words(attributions: Sequence[Attribution], infos: Sequence[SpeakerInfo | None],
                 ) -> set[str]:  # fmt: skip
    """Single words (in ``_norm`` form) the corpus uses as a state's or a body's name: a
    state's possessive ("China's ambassador"), a lone place entity, or the affiliation of
    someone's role ("an Anthropic spokeswoman": Anthropic is a body, not a person)."""
    out: set[str] = set()
    for a, info in zip(attributions, infos, strict=True):
        texts = [a.source_text or "", a.resolved_source or ""]
        if info is not None:
            texts += [info.name or "", info.affiliation or ""]
            if info.role and info.affiliation and len(info.affiliation.split()) == 1:
                out.add(_norm(info.affiliation))
        for text in texts:
            for m in _STATE_POSSESSOR.finditer(text):
                out.add(_norm(m.group(1) or m.group(2)))
        src = (a.source_text or "").strip()
        if a.source_entity in _PLACE_ENTITIES and src and len(src.split()) == 1:
            out.add(_norm(src))
    return out


def _retype_states(attributions: Sequence[Attribution], infos: list[SpeakerInfo | None],
                   name_words: set[str]) -> list[SpeakerInfo | None]:  # fmt: skip
    """Bare one-word "people" the corpus shows to be states or bodies become organisations."""
    states = _state_words(attributions, infos) - name_words
    if not states:
        return infos
    out: list[SpeakerInfo | None] = []
    for info in infos:
        if (info is not None and info.type == "person" and info.name and not info.role
                and not info.affiliation and len(info.name.split()) == 1
                and _person_key(info.name) in states):
            info = replace(info, type="organization")
        out.append(info)
    return out


def _retype_lone_words(attributions: Sequence[Attribution], infos: list[SpeakerInfo | None],
                       name_words: set[str]) -> list[SpeakerInfo | None]:  # fmt: skip
    """A single capitalised word read as a person's name, which no full name in the corpus
    carries and the parser did not tag a person: a place is its state or city speaking
    ("Finland said"; a nationality, "Russians say", is ``_retype_states``'), a date, number
    or function word no one ("Friday", "Thousands", "Whoever said")."""
    out: list[SpeakerInfo | None] = []
    for a, info in zip(attributions, infos, strict=True):
        if (info is not None and info.type == "person" and info.name and not info.role
                and not info.affiliation and len(info.name.split()) == 1
                and a.source_entity != "PERSON" and _person_key(info.name) not in name_words):
            low = info.name.lower().strip(".")
            if a.source_entity in ("GPE", "LOC") or country_code(low) or is_city(info.name):
                info = replace(info, type="organization")
            elif a.source_entity in _NOT_PEOPLE or low in STOP_WORDS:
                info = None
        out.append(info)
    return out


def _person_key(name: str) -> str:
    """A full name compared without middle initials: "Donald J. Trump" is "Donald Trump",
    "Robert S. Mueller" is "Robert Mueller" (the same person, written two ways)."""
    parts = _norm(name).split()
    if len(parts) > 2:
        parts = [parts[0], *(p for p in parts[1:-1] if len(p) > 1), parts[-1]]
    return " ".join(parts)


def _role_words(role: str | None) -> frozenset[str]:
    """The words of a role that say what the office is ("President", "First Lady")."""
    return frozenset(_norm(role or "").split()) - _ROLE_QUALIFIERS


def _anon_description(info: SpeakerInfo) -> str:
    return _norm(info.text)


def _unresolved_reference(label: str) -> bool:
    """A pronoun, or a phrase owned by one ("his country", "their government"): it points
    at someone the text named elsewhere, so it is no source of its own."""
    words = label.lower().split()
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
                ) -> tuple[dict[str, set[str]], dict[tuple[str, str], set[str]]]:  # fmt: skip
    """Full names by each of their name words, corpus-wide and per article: the pools a
    one-word name ("Sullivan") is resolved against."""
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
    return full_by_word, full_in_article


def _full_name_roles(infos: Sequence[SpeakerInfo | None]) -> dict[str, frozenset[str]]:
    """Per full name, the words of the roles it was written with."""
    roles: dict[str, set[str]] = defaultdict(set)
    for info in infos:
        if info is not None and info.type == "person" and info.name:
            key = _person_key(info.name)
            if len(key.split()) >= 2:
                roles[key] |= _role_words(info.role)
    return {k: frozenset(v) for k, v in roles.items()}


@dataclass
class _NameIndex:
    """Where a one-word name may find its full name: its article, its story, the corpus."""

    full_by_word: dict[str, set[str]]
    full_in_article: dict[tuple[str, str], set[str]]
    story_of: dict[str, str]
    full_in_story: dict[tuple[str, str], set[str]]
    copy_of: Mapping[str, str] = field(default_factory=dict)  # a copy -> its original
    roles: Mapping[str, frozenset[str]] = field(default_factory=dict)  # full name -> role words

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
            return "person:" + key
        w, mine = parts[0], _role_words(role)
        pools = (self.full_in_article.get((article, w), set()),
                 self.full_in_story.get((self.story_of.get(article, article), w), set()),
                 self.full_by_word.get(w, set()))
        for pool in pools:
            fits = sorted(k for k in pool if not mine or not self.roles.get(k)
                          or mine & self.roles[k])
            if len(fits) == 1:
                return "person:" + fits[0]
            if len(fits) > 1:
                break  # two people share this name: keep the mention on its own
        return "person:" + key + "@" + self.story_of.get(article, article)


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
    if info.type in ("organization", "outlet"):
        return f"{info.type}:{_norm(info.name or info.text)}"
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
    copies: Mapping[str, str] | None = None,
) -> tuple[list[Speaker], list[Attribution]]:
    """Speakers for a corpus's attributions, and the attributions with ``speaker`` set.

    ``related`` maps an article id to a story or duplicate-group key; only articles that
    share a key can have their anonymous sources marked "possibly the same". ``copies``
    maps a copy to its original: there the same description is the same source.
    """
    related = related or {}
    infos = _parse_infos(attributions)
    full_by_word, full_in_article = _full_names(attributions, infos)
    infos = _retype_states(attributions, infos, set(full_by_word))
    infos = _retype_lone_words(attributions, infos, set(full_by_word))
    names = replace(_NameIndex.build(attributions, related, full_by_word, full_in_article),
                    copy_of=copies or {}, roles=_full_name_roles(infos))
    groups, keys = _group_mentions(attributions, infos, names)
    ids = {k: content_id(k, "s") for k in groups}
    same = _possibly_same(groups, related, ids)
    speakers = [_speaker(k, g, ids[k], same) for k, g in groups.items()]
    speakers.sort(key=lambda s: (s.type, s.name or s.label))
    out = [
        replace(a, speaker=ids[k] if k else None) for a, k in zip(attributions, keys, strict=True)
    ]
    return speakers, out
