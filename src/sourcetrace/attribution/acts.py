"""What an attribution attributes, read off the rule that found it (``Attribution.rule``).

Reported speech: the source is quoted, or what it said is reported as a clause ("said that
...", "according to ...", a continuing quotation). The rest are other kinds of
attribution that corpora such as PolNeAR annotate and quotation corpora such as the Gender
Gap Tracker leave out: beliefs and wishes ("believes", "wants"), the topic or target of a
speech verb ("discussed the policy", "criticised the minister", "asked about the case"),
commitments ("promised to meet"), and statements with no speaker ("it is said",
"reportedly", "seems").
"""

from __future__ import annotations

__all__ = ["reports_speech"]

# Rules whose every attribution quotes or reports speech.
_SPEECH_RULES = ("quotation", "according_to", "floating", "continuing", "headline", "noun",
                 "echo", "withdrawn")
# A cue verb's dependents that carry what was said as a clause, when the cue is a verb of
# saying ("ccomp/speech"; not "ccomp/cognition", a belief).
_CLAUSE_DEPENDENTS = ("ccomp", "paren", "colon", "contrary")


def reports_speech(rule: str) -> bool:
    """Whether an attribution found by ``rule`` quotes or reports what its source said."""
    family, _, cue_class = rule.partition("/")
    if family in _SPEECH_RULES:
        return True
    return family in _CLAUSE_DEPENDENTS and cue_class == "speech"
