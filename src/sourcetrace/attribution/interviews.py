"""An interview printed as questions and answers ("Q: Was the bridge safe to use? / A:
Absolutely. Our inspectors checked it in September."): each answer is the interviewee's own
words, on the record; the questions are the outlet's. The interviewee is the person the
article names last before the first turn ("We spoke to Mayor Ida Brenner."); with no one
named there, the answers are left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.spans import Candidate, trim_span
from sourcetrace.lexicons import lexicon
from sourcetrace.nlp.doctext import doc_ents, doc_text

__all__ = ["interview_answers"]

# A turn's label opening its line: "Q:", "A:", "Question:", "Answer -".
_TURN = lexicon("speaker_shapes").pattern("interview_turns")


def interview_answers(doc: Doc) -> list[Candidate]:
    """One direct statement of the interviewee per answer, its label as the source (the
    interviewee its antecedent) and the rest of its line as the content."""
    text = doc_text(doc)
    turns = list(_TURN.finditer(text))
    asks = [m for m in turns if m.group("label")[0] in "Qq"]
    answers = [m for m in turns if m.group("label")[0] in "Aa"]
    if not asks or not answers:
        return []
    who = _interviewee(doc, min(m.start() for m in turns))
    if who is None:
        return []
    out: list[Candidate] = []
    for m in answers:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        content = trim_span(text, (m.end(), end))
        if content[1] - content[0] < 2:
            continue
        out.append(Candidate(
            cue=m.span("sep"), content=content, source=m.span("label"), kind="direct",
            confidence=confidence("interview"), sentence=(m.start("label"), end),
            resolved=who, via="interview"))
    return out


def _interviewee(doc: Doc, before: int) -> tuple[int, int] | None:
    """The person named last before the first turn, by a name of two words or more."""
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1
              and e.end_char <= before]
    if not people:
        return None
    return people[-1].start_char, people[-1].end_char
