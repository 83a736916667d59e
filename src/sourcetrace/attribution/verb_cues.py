"""Whether a verb is an attribution cue, and how: its content class (``cues.verb_class``),
the particle that makes it one ("pushed [back] on", "brushed [aside]"), the object of an
idiom that does ("cast [doubt] on", ``cues.toml`` ``object_idioms``), and the preposition
its content hangs from ("called [for]", "cast doubt [on]")."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution import cues
from sourcetrace.attribution.clauses import dismissed_report


def verb_cue(v: Token, lemma: str) -> tuple[str | None, Token | None, Token | None] | None:
    """The verb's cue class, its particle and its cue preposition; None when no cue."""
    cls = cues.verb_class(lemma)
    # A particle the parser took for an adverb counts too ("pushed [back] on").
    particle = next((c for c in v.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == v.i + 1 and (lemma, c.lower_) in cues.PARTICLE_CUES)), None)
    dismissed = None
    if particle is not None and (lemma, particle.lower_) in cues.PARTICLE_DISMISSALS:
        dismissed = dismissed_report(v)
        if dismissed is None:  # "the plane pushing back", "pushing back the talks"
            particle = None
    if particle is not None and (lemma, particle.lower_) in cues.PARTICLE_CUES:
        cls = cls or "speech"
    idiom = _idiom(v, lemma)
    prep_cue: Token | None
    if idiom is not None:  # "cast [doubt] [on] the reports": the noun counts as a particle
        particle, prep_cue = idiom
        cls = cls or "speech"
    else:
        prep_cue = _prep_cue(v, lemma)
    if prep_cue is None and dismissed is not None and dismissed.dep_ == "pobj":
        prep_cue = dismissed.head  # "pushed back on [reports that P]"
    if cls is None and prep_cue is None:
        return None
    if v.pos_ not in ("VERB", "AUX") or v.tag_ == "MD":
        return None
    return cls, particle, prep_cue


def _prep_cue(v: Token, lemma: str) -> Token | None:
    """The preposition the verb's content hangs from (cues.toml ``prep``: "called [for]")."""
    return next((c for c in v.children if c.dep_ == "prep" and (lemma, c.lower_) in cues.PREP_CUES
                 and not dated(c) and not any(
                     p.dep_ == "pobj" and p.lemma_.lower() in cues.MANNER_OBJECTS
                     for p in c.children)),  # "spoke on condition of anonymity": how, not what
                None)


def dated(prep: Token) -> bool:
    """A preposition with a date or time for its object: "reported [on Friday]", "the
    reports [on Tuesday]": when, not what."""
    return any(p.dep_ == "pobj" and p.ent_type_ in {"DATE", "TIME"} for p in prep.children)


def _idiom(v: Token, lemma: str) -> tuple[Token, Token] | None:
    """The object and preposition of an idiom that makes ``v`` a cue (``object_idioms``):
    the preposition hung on the verb or on the object ("doubts [about] the reports")."""
    obj = next((c for c in v.children if c.dep_ == "dobj"
                and (lemma, c.lemma_.lower()) in cues.OBJECT_IDIOMS), None)
    if obj is None:
        return None
    prep = next((c for c in (*v.children, *obj.children) if c.dep_ == "prep"
                 and c.lower_ in cues.IDIOM_PREPOSITIONS and not dated(c)), None)
    # Doubt cast on something said (a report, what a pronoun points back at, "whether
    # P"), not on "the match" the rain made doubtful nor on "what he might be concealing".
    said = prep is not None and any(
        (o.dep_ == "pcomp" and o.left_edge.lower_ in ("whether", "if"))
        or o.lemma_.lower() in cues.REPORTED_THINGS
        or o.lower_ in cues.POINTING_PRONOUNS for o in prep.children)
    return (obj, prep) if prep is not None and said else None
