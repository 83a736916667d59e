"""Finding the name in a source phrase: the segment that holds it, the run of name words,
and the head word that may show the capitals belong to something else ('a March 2 UN
vote').
"""

from __future__ import annotations

import re

from sourcetrace.lexicons import lexicon
from sourcetrace.speakers.lexicon import (
    ANON_HEADS,
    CALENDAR_WORDS,
    CAPITALS,
    GIVEN_NAMES,
    GROUP_HEADS,
    HONORIFICS,
    NATIONALITIES,
    NUMBER_WORDS,
    ORG_HEADS,
    OTHER_HEADS,
    PARTY_WORDS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
)

_SHAPES = lexicon("speaker_shapes")
_NAME_TOKEN = _SHAPES.pattern("name_token")
_NATION_ADJECTIVE = _SHAPES.pattern("nation_adjective")
_PARTY_TAG = _SHAPES.pattern("party_tag")
_NOT_NAME_WORDS = _SHAPES.words("not_name_words")
_SURNAME_TITLES = lexicon("roles").words("surname_titles")
_NAME_SUFFIXES = lexicon("roles").words("name_suffixes")


_FAMILY_FIRST = lexicon("given_names").words("family_first")
_FAMILY_FIRST_AMBIGUOUS = lexicon("given_names").words("family_first_ambiguous")


def family_name(name: str) -> str:
    """A personal name's family name, lower-case: its last word ("barack obama" ->
    "obama"), or its first where it is written family name first ("xi jinping" -> "xi",
    "kim jong un" and "kim jong-un" -> "kim", but "kim kardashian" -> "kardashian")."""
    words = name.lower().replace("\u2019", "'").split()
    if not words:
        return ""
    # Titles may come first ("president xi jinping"): the first family name written
    # before a given name.
    for k, w in enumerate(words[:-1]):
        rest = words[k + 1 :]
        if w in _FAMILY_FIRST or (w in _FAMILY_FIRST_AMBIGUOUS and (len(rest) > 1 or "-" in rest[0])):
            return w
    return words[-1]


def spelled_in_capitals(raw: str) -> str | None:
    """A person's name written in capitals, as a transcript labels its speakers ("CHUCK
    TODD", "SEN. DAN SULLIVAN"), in the case a name is written in ("Chuck Todd"); None
    for anything else. Only where a given name among its first words says it is a
    person, or a title before a name: capitals also spell acronyms ("US AMBASSADOR", "BIG
    SITDOWN AHEAD")."""
    words = raw.split()
    if not (1 < len(words) <= 4 and raw.isupper()
            and all(w.replace(".", "").replace("'", "").isalpha() for w in words)):
        return None
    titled = words[0].lower().rstrip(".") in TITLE_WORDS
    return raw.title() if titled or any(w.lower() in GIVEN_NAMES for w in words[:3]) else None


_SPLIT = re.compile(r",\s*|\s+\u2014\s+|\s+-\s+|\s*\(\s*|\s*\)\s*")


def _name_run(words: list[str]) -> tuple[int, int] | None:
    """The last run of capitalised words that looks like a personal name."""
    best: tuple[int, int] | None = None
    k = 0
    while k < len(words):
        if _is_name_word(words[k]) or (
                # "Mr. King": after an honorific, a title-surname is the name.
                k > 0 and words[k - 1].lower() in HONORIFICS and _surname_title(words, k)):
            j = k + 1
            while j < len(words) and (
                _is_name_word(words[j]) or (j > k and words[j] in ("de", "van", "von", "bin"))
                or (j > k and _surname_title(words, j))
            ):
                j += 1
            if not (j < len(words) and words[j][:1].islower() and words[j].isalpha()
                    and _NATION_ADJECTIVE.match(words[j - 1])):
                # Not "the Lumbrian finance minister": a nation's adjective before lower-case
                # words qualifies them (a known one is no name word at all).
                best = (k, j)  # the last run wins: names follow their titles
            k = j
        else:
            k += 1
    if best is not None and all(w.strip(".,").lower() in CALENDAR_WORDS
                                for w in words[best[0] : best[1]]):
        return None  # "last November", "Sunday night talk show", "DEC. 2015": a date
    return best


def _surname_title(words: list[str], j: int) -> bool:
    """A title after a given name that ends the name is its surname ("Larry King", "Erik
    Prince", "Martin Luther King Jr."); before a name it stays a title ("King Charles")."""
    bare = words[j].strip(".,'’").lower()
    if bare not in _SURNAME_TITLES or not words[j][:1].isupper():
        return False
    after = words[j + 1].strip(".,").lower() if j + 1 < len(words) else ""
    return not after or after in _NAME_SUFFIXES or not _is_name_word(words[j + 1])


def _is_name_word(w: str) -> bool:
    bare = w.strip(".,'\u2019").lower()
    if bare in NUMBER_WORDS or bare + "." in ROLE_WORDS:
        return False
    if _PARTY_TAG.match(w):
        return False  # "D-Mich.", "R-Texas": a lawmaker's party and state, not a name
    if bare in PRONOUNS or bare in POSSESSIVES:
        return False  # "Her notice said", "His letter": capitalised only as a sentence's first word
    if not w[:1].isupper() or not _NAME_TOKEN.match(w):
        return False
    if w.isupper() and len(w) > 1 and not w.endswith("."):
        return False  # acronyms: NSA, FBI, US
    if bare in ROLE_WORDS or bare in NATIONALITIES or bare in CAPITALS or bare in ORG_HEADS:
        return False
    if bare.removesuffix("s") in NATIONALITIES:
        return False  # "12 Russians", "the Americans": people of a nation, no one's name
    if bare in _NOT_NAME_WORDS or bare in PARTY_WORDS:
        return False
    if bare.endswith("s") and bare in OTHER_HEADS:
        return False  # "Photos by U-2 planes": documents, capitalised as a sentence opens
    return not w.endswith(("\u2019s", "'s"))


def _is_clause(seg: str) -> bool:
    """A relative or participial clause ("who said ...", "celebrating a victory"), which
    describes what the source did, not who they are."""
    first = seg.split()[0] if seg.split() else ""
    return first in ("who", "which", "that", "whose", "whom", "where", "when") or (
        first.islower() and first.endswith(("ing", "ed"))
    )


def without_clauses(raw: str) -> str:
    """A source phrase without the clauses set off by commas that say what the source did
    or why it is unnamed ("A Lumbrian official, speaking on condition of anonymity because
    ..."): what a reader is shown as the source."""
    parts = re.split(r"(,\s*)", raw)
    kept = [parts[0]] + [parts[k] + parts[k + 1] for k in range(1, len(parts) - 1, 2)
                         if not _is_clause(parts[k + 1].strip())]
    return "".join(kept).strip(" ,") or raw


def _name_segment(raw: str) -> tuple[str, tuple[int, int] | None, list[str], bool]:
    """The segment holding the name, the name's run in its words, the other segments,
    and whether the segment is nothing but the name."""
    raw_core = _TIME_TAIL.sub("", raw)
    segments = [s for s in _SPLIT.split(raw_core) if s and s.strip()]
    segments = [part for seg in segments for part in _split_at_preposition(seg)]
    # The segment holding the name: preferably one that is nothing but a name
    # ("the US Permanent Representative to the UN, Linda Thomas-Greenfield").
    # A clause says what the source did ("The new poll, which was conducted ... ended
    # Wednesday"): its capitals are no name of the source.
    runs = [None if _is_clause(seg) else _name_run(seg.split()) for seg in segments]
    pure = [
        k for k, r in enumerate(runs) if r is not None and r[1] - r[0] == len(segments[k].split())
    ]
    seg_idx = pure[0] if pure else next((k for k, r in enumerate(runs) if r is not None), 0)
    others = segments[:seg_idx] + segments[seg_idx + 1 :]
    return segments[seg_idx], runs[seg_idx], others, bool(pure)


def _name_run_or_none(
    head_seg: str, run: tuple[int, int] | None, pure: bool, anon_marked: bool
) -> tuple[int, int] | None:
    """The name run, unless the capitals belong to something else."""
    words = head_seg.split()
    head = _head_word(head_seg)
    # A title right before the capitals that end the phrase makes them a person's name,
    # whatever the head looks like ("Department of Homeland Security Secretary Kirstjen
    # Nielsen"; not "a senior President Joe Biden administration official").
    titled = (run is not None and run[0] > 0 and run[1] == len(words)
              and words[run[0] - 1].lower().strip(",.") in ROLE_WORDS)
    if (
        run is not None
        and not titled
        and not pure
        and head
        and head not in {w.lower().strip(",.'\u2019") for w in words[run[0] : run[1]]}
        and (head in ANON_HEADS or head in OTHER_HEADS or head in ORG_HEADS or head in GROUP_HEADS)
    ):
        # "a March 2 UN vote", "reports quoting officials", "Commentators on the talk show
        # 'Evening'": the head is no name
        return None
    if run is not None and not anon_marked:
        before = [w.lower() for w in words[: run[0]]]
        if any(w in ANON_HEADS for w in before) and any(
            w in ("in", "of", "at", "from", "for") for w in before
        ):
            return None  # "Officials in the United States": the capitals name a place
    return run


_HEAD_CUT = _SHAPES.pattern("head_cut")


_TIME_TAIL = _SHAPES.pattern("time_tail")


_NAME_THEN_PREP = re.compile(
    r"^((?:[A-Z][\w'\u2019\-]*\.?\s+){0,3}[A-Z][\w'\u2019\-]+)\s+(of|at|from|with)\s+(.+)$"
)


# A role described in lower case before the name ("Atmospheric physics professor Kent
# Moore at the University of Toronto"): the first preposition after a capitalised word.
_ROLE_NAME_THEN_PREP = re.compile(r"^(.+?\b[A-Z][\w'\u2019\-]+)\s+(of|at|from|with)\s+(.+)$")


def _split_at_preposition(seg: str) -> list[str]:
    """ "Tamsin Okoro of the Institute for X" -> ["Tamsin Okoro", "of the Institute for X"],
    "physics professor Kent Moore at the University of Toronto" -> [".. Kent Moore", "at
    the University of Toronto"], so the name is not looked for inside the organisation's
    name. After a role, a full name (two words or more) right after a role word."""
    m, after_role = _NAME_THEN_PREP.match(seg.strip()), False
    if m is None:
        m, after_role = _ROLE_NAME_THEN_PREP.match(seg.strip()), True
    if not m:
        return [seg]
    words = m.group(1).split()
    run = _name_run(words)
    if run is None or run[1] != len(words):
        return [seg]
    if after_role and (run[1] - run[0] < 2 or run[0] == 0
                       or words[run[0] - 1].lower().strip(",.") not in ROLE_WORDS):
        return [seg]  # "the Center for ... Studies at the Higher School": no one named
    return [m.group(1), f"{m.group(2)} {m.group(3)}"]


def _head_word(text: str) -> str:
    """The head noun of a phrase: the last word before a modifier ("reports quoting ...")."""
    core = _HEAD_CUT.sub("", text.split(",")[0]).strip()
    words = core.split()
    return words[-1].lower().strip(".,'\u2019") if words else ""


_AND = re.compile(r",?\s+(?:and|&)\s+")


def conjuncts(raw: str) -> tuple[str, str] | None:
    """A source phrase's two coordinated parts, split at its first "and" ("Press
    Secretary Pat Ryder and a senior defense official"), or None. An "and" after an "of"
    joins the words of a name ("the Department of Health and Human Services")."""
    parts = _AND.split(raw, maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    if re.search(r"\bof\b", parts[0], re.I):
        return None
    return parts[0], parts[1]

