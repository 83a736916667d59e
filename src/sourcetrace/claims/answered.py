"""Which claim a bare denial answers across the corpus, when its article states none: the
claim of the kind of event it says happened to no one ("There have been no deaths"), the
claim the owner it names says ("rejected Voss's claims"), or the claim that accuses the
denier ("the accusations were absurd", said by the accused)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sourcetrace.claims import actors
from sourcetrace.claims.denials import ACCUSATIONS
from sourcetrace.lexicons import alternation, lexicon

if TYPE_CHECKING:
    from sourcetrace.claims.candidates import ClaimCandidate

__all__ = ["accused_claim", "framed_claim", "named_content", "owned_claim"]

_EVENT_FRAMES = lexicon("claim_words").words("no_one_frames")
# What a party's claims are called ("Voss's claims", "Kyiv's allegations").
_SAID_THINGS = ACCUSATIONS | lexicon("report_nouns").words("claims")
# A word for what is said, then what it says ("claims [of a missile strike]").
_REPORT_OF = re.compile(
    rf"(?i)\b(?:{alternation(_SAID_THINGS)})\s+(?:of|that|about)\s+(?P<what>\S.*)$")


def named_content(text: str) -> str:
    """What a denial's words name as rejected, less the word for the report and whose it is:
    "Varnian claims of a missile strike" names "a missile strike" (the owner's name and the
    report noun would draw it toward any claim of that party's)."""
    m = _REPORT_OF.search(text)
    return m.group("what") if m is not None and len(m.group("what").split()) >= 2 else text


def framed_claim(c: ClaimCandidate, groups: dict[int, list[int]],
                 core: Sequence[ClaimCandidate], reps: dict[int, int]) -> int | None:
    """The one claim whose wording tells of the kind of event a denial says happened to
    no one ("There have been no deaths": "At least 20 people have died"): the largest
    whose representative shares the denial's event frame; two as large, none."""
    # Or the kind named before its event noun ("no [coup] attempt"), which ``negatives``
    # read when it took the statement for one of no such event.
    kinds = set(actors.frames(c.predicates)) or set(actors.frames(c.words)) & _EVENT_FRAMES
    sizes = sorted(((len(members), lab) for lab, members in groups.items()
                    if kinds & set(actors.frames(core[reps[lab]].predicates))), reverse=True)
    if not sizes or (len(sizes) > 1 and sizes[0][0] == sizes[1][0]):
        return None
    return sizes[0][1]


def accused_claim(c: ClaimCandidate, core: Sequence[ClaimCandidate], labels: list[int]
                  ) -> int | None:  # fmt: skip
    """The claim a party's denial of "the accusations" answers when its article states
    none: the one most mentions of which, anywhere, have the denier as the agent ("Ostland's
    embassy said the accusations were absurd": the diplomats of Ostland spying)."""
    keys = set(c.source_keys) or ({c.source} if c.source else set())
    if not set(c.words) & ACCUSATIONS or not keys:
        return None
    return _most_mentioned(core, labels, lambda m: m.agent in keys)


def owned_claim(c: ClaimCandidate, core: Sequence[ClaimCandidate], labels: list[int]
                ) -> int | None:  # fmt: skip
    """The claim a denial of what another party says answers ("State television said the
    footage disproved Voss's claims", "Moscow rejected Kyiv's allegations"): the one most
    mentions of which, anywhere, that party is the source of. The party is an actor the
    denial names beside a word for what is said, not the denier itself."""
    owners = set(c.entities) - set(c.source_keys) - {c.source}
    if not set(c.words) & _SAID_THINGS or not owners:
        return None
    return _most_mentioned(core, labels, lambda m: m.source in owners)


def _most_mentioned(core: Sequence[ClaimCandidate], labels: list[int],
                    fits: Callable[[ClaimCandidate], bool]) -> int | None:
    """The claim with the most affirmative mentions, anywhere, that ``fits``."""
    count = Counter(lab for m, lab in zip(core, labels, strict=True) if fits(m) and not m.negated)
    return count.most_common(1)[0][0] if count else None
