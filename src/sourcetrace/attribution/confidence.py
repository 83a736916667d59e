"""How sure an attribution is: the measured precision of the rule that found it.

Every extraction rule names itself (``Candidate.via``, ``Attribution.rule``): a reading of
a cue verb's dependents is ``"<dependent>/<cue class>"`` ("ccomp/speech", "xcomp/cognition",
"dobj/object", "prep/pair"), the other rules a word ("according_to", "passive",
"headline", "continuing" ...), and an attribution a quotation settles is
``"quotation/direct"`` or ``"quotation/mixed"``. Its confidence is that rule's share of
right attributions on labelled data, fitted by

    sourcetrace train attribution-confidence ../shared/data/polnear/train_dev.jsonl --split train

which writes ``sourcetrace/data/attribution/confidence.toml`` (counts and date kept in it).
A rule the table lacks takes its dependent's figure ("ccomp"), else the table's overall
figure (``"*"``): a rule too rare to have been seen is as sure as the rules on average.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path

from sourcetrace.errors import SourcetraceError

OVERALL = "*"


def table_path() -> Path:
    return Path(str(resources.files("sourcetrace") / "data" / "attribution" / "confidence.toml"))


@cache
def table() -> dict[str, float]:
    """Rule -> confidence, from the packaged table (checked: every value in (0, 1))."""
    path = table_path()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourcetraceError(f"attribution confidence table unreadable: {path}: {exc}",
                               code="E503") from exc
    rules = data.get("rules")
    if not isinstance(rules, dict) or OVERALL not in rules:
        raise SourcetraceError(f"{path}: no [rules] table with an overall '*' entry", code="E503")
    out: dict[str, float] = {}
    for rule, entry in rules.items():
        value = entry.get("confidence") if isinstance(entry, dict) else None
        if not isinstance(value, float) or not 0.0 < value < 1.0:
            raise SourcetraceError(f"{path}: rule {rule!r} needs a confidence in (0, 1)",
                                   code="E503")
        out[rule] = value
    return out


def confidence(rule: str) -> float:
    """The confidence of an attribution found by ``rule``."""
    known = table()
    if rule in known:
        return known[rule]
    return known.get(rule.split("/", 1)[0], known[OVERALL])
