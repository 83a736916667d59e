"""Whether a verb is an attribution cue, and how: its content class (``cues.verb_class``),
the particle that makes it one ("pushed [back] on", "brushed [aside]"), the object of an
idiom that does ("cast [doubt] on", ``cues.toml`` ``object_idioms``), and the preposition
its content hangs from ("called [for]", "cast doubt [on]")."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution import cues
from sourcetrace.attribution.clauses import dismissed_report
from sourcetrace.attribution.spans import CharSpan, tok_span


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
    if cls is None and prep_cue is None and estimate_figure(v, lemma) is None:
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


def estimate_figure(v: Token, lemma: str) -> Token | None:
    """The preposition giving the figure of an estimate ("put the death toll [at] 34",
    cues.toml ``estimates``), on the verb or on its object; None without an object or a
    figure."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    return next((c for c in (*v.children, *obj.children) if c.dep_ == "prep"
                 and (lemma, c.lower_) in cues.ESTIMATES and c.i > obj.i
                 and any(p.dep_ == "pobj" for p in c.children) and _figure(c)), None)


_QUANTITIES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _figure(prep: Token) -> bool:
    """The preposition's phrase holds a figure ("at 34", "at $12 million"), not a state
    ("put its own economy [at risk]")."""
    return any(t.like_num or t.ent_type_ in _QUANTITIES for t in prep.subtree)


def estimated(v: Token, lemma: str) -> CharSpan | None:
    """What an estimate says: its object with its figure ("put [the death toll at 34]")."""
    figure = estimate_figure(v, lemma)
    if figure is None:
        return None
    obj = next(c for c in v.children if c.dep_ == "dobj")
    return tok_span([*obj.subtree, *figure.subtree])
