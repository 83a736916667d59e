"""Attribution rules: one function per construction, each over one sentence.

- cue verbs with their subject as source and a complement as content
  ("X said (that) ...", "..., X said", "X denied the report", "X called for ...");
- "according to X", "reportedly", cue nouns with a content clause ("X's claim that ..."):
  ``nonverbal``;
- colon attributions ("Peskov: Russia has not asked ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sourcetrace.attribution import cues, shapes
from sourcetrace.attribution.clauses import (
    addressed,
    comma_conjunct,
    free_relative,
    infinitive,
    object_after_as,
    patient_of_participle,
    report_clause,
)
from sourcetrace.attribution.confidence import confidence
from sourcetrace.attribution.layout import _colon_candidate
from sourcetrace.attribution.nonverbal import (
    according_candidate,
    adverb_candidate,
    noun_candidate,
)
from sourcetrace.attribution.passives import passive_candidate, raising_candidate
from sourcetrace.attribution.spans import (
    SUBJ_DEPS,
    Candidate,
    CharSpan,
    colon_after,
    label_as_modifier,
    noun_phrase_span,
    outer_without,
    phrase_span,
    source_span,
    subtree_span,
    tok_span,
    trim_span,
)
from sourcetrace.attribution.subjects import (
    extraposed,
    find_subject,
    instruction_to_reader,
    inverted_subject,
    no_one,
    with_split_apposition,
)
from sourcetrace.attribution.verb_cues import estimated, verb_cue
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.speakers.lexicon import BODY_PHRASES, ORG_HEADS


def _subject_source(
    subj: Token | None, text: str
) -> tuple[Token | None, CharSpan | None, CharSpan | None]:
    """The subject (None for an expletive), its source span, and a relative pronoun's
    antecedent as the resolved source."""
    if subj is not None and subj.dep_ == "expl":
        return None, None, None
    if subj is None:
        return None, None, None
    source = noun_phrase_span(subj, text) if subj.dep_ not in SUBJ_DEPS else source_span(subj, text)
    resolved = None
    if subj.lower_ in ("which", "that", "who") and (relcl := relative_verb(subj)) is not None:
        # Keep the literal relative pronoun as the source; its antecedent is the
        # resolved source ("Barkley, who said ...").
        resolved = noun_phrase_span(_named_antecedent(subj, relcl), text)
    return subj, source, resolved


def relative_verb(rel: Token) -> Token | None:
    """The verb of the relative clause a relative pronoun opens: its own ("Barkley, who
    said"), or the verb of saying it is reported under ("videos [that] she said showed
    ballots added": "said")."""
    if rel.head.dep_ == "relcl":
        return rel.head
    said = rel.head.head
    if rel.head.dep_ == "ccomp" and said.dep_ == "relcl" and rel.i < said.i and _restrictive(rel):
        return said
    return None


def _hearer_ccomps(v: Token, ccomps: list[Token], lemma: str, cls: str | None) -> list[Token]:
    """ "told media outlets that Beijing knew", "explained to police officers that ...": the
    that-clause of a hearer verb, or of a verb of saying after the one it is said to or the
    occasion it is said at, often misparsed as a relative clause on that noun (the
    ``hearer_clause``, ``hearer_to_clause`` and ``occasion_clause`` shapes); the last such
    clause (on the last noun), as the content."""
    if ccomps:
        return ccomps
    clauses = [m["clause"] for m in shapes.at("hearer_clause", v)] if lemma in cues.HEARER else []
    if cls == "speech":
        clauses += [m["clause"] for m in shapes.at("hearer_to_clause", v)]
        clauses += [m["clause"] for m in shapes.at("occasion_clause", v)]
    return [max(clauses, key=lambda c: (c.head.i, -c.i))] if clauses else ccomps


# What a dependency reading of a cue verb gives: content, kind, the dependent that held
# the content (the rule's name), and cue tokens to add (a colon, a preposition).
_Reading = tuple[CharSpan | None, str, str, list[Token]]


def _prep_content(v: Token, text: str, lemma: str, prep_cue: Token) -> _Reading:
    """The object of a cue's preposition ("called for [P]", "condemned X for [P]"); none
    for a judgement not made ("avoided criticising X for P")."""
    if lemma in cues.JUDGING and cues.CUE_NEGATION.search(text[max(0, v.idx - 40) : v.idx]):
        return None, "indirect", "prep", []
    objs = [c for c in prep_cue.children if c.dep_ in ("pobj", "pcomp")]
    if objs:
        return tok_span(t for o in objs for t in o.subtree), "indirect", "prep", [prep_cue]
    return None, "indirect", "ccomp", []


def _content_by_dependency(
    v: Token, sent: Span, text: str, lemma: str, cls: str | None, subj: Token | None,
    particle: Token | None, prep_cue: Token | None,
) -> _Reading:
    """The content a cue verb governs: a clause, a colon's quotation, an infinitive, a
    prepositional or direct object, or the clause a parenthetical verb hangs off."""
    children = list(v.children)
    if (estimate := estimated(v, lemma)) is not None:  # "put [the death toll at 34]"
        return estimate, "indirect", "estimate", []
    dobjs = [c for c in children if c.dep_ in ("dobj", "attr")
             or c.dep_ == "acomp" and lemma in cues.PLEAS]  # "pleaded [not guilty]"
    xcomps = [c for c in children if c.dep_ == "xcomp"]
    ccomps = _hearer_ccomps(v, _own_clauses(v, children), lemma, cls)
    colon = colon_after(v)
    if colon is not None and ccomps and min(c.left_edge.i for c in ccomps) < colon.i:
        colon = None  # the clause comes before the colon: not a colon introduction
    if ccomps and colon is None:
        if lemma in cues.FINITE_CLAUSE_ONLY and all(infinitive(c) for c in ccomps):
            return None, "indirect", "ccomp", []  # "allowing Putin to expand ...": permits
        return tok_span(t for c in ccomps for t in c.subtree), "indirect", "ccomp", []
    if colon is not None:
        return (colon.idx + 1, sent.end_char), "direct", "colon", [colon]
    if xcomps and (lemma in cues.XCOMP or (
            lemma in cues.GERUND and all(c.tag_ == "VBG" for c in xcomps))):
        toks = [t for c in xcomps for t in c.subtree]
        if cls == "speech":
            toks += [t for d in dobjs for t in d.subtree if d.i < xcomps[0].i]
        return tok_span(toks), "indirect", "xcomp", []
    if prep_cue is not None:
        return _prep_content(v, text, lemma, prep_cue)
    if dobjs and cls == "speech" and _echo(dobjs[0], cues.ECHO_OBJECTS):
        # "said the same to CNN": what was said is the statement before.
        return tok_span(t for t in dobjs[0].subtree if t.i <= dobjs[0].i), "indirect", "echo", []
    contrary = [c for c in children if c.dep_ in ("dobj", "advmod", "npadvmod") and c.i > v.i
                and _echo(c, cues.CONTRARY_OBJECTS)]
    if contrary and cls == "speech":
        # "claiming otherwise": what was said denies the statement before.
        obj = contrary[0]
        return tok_span(t for t in obj.subtree if t.i <= obj.i), "indirect", "contrary", []
    if not dobjs and lemma in cues.OBJECT and (labelled := object_after_as(v)) is not None:
        return tok_span(labelled), "indirect", "dobj", []
    if dobjs and (lemma, dobjs[0].lemma_.lower()) in cues.WON_OBJECTS:
        return None, "indirect", "dobj", []  # "France claimed its first title": won
    if dobjs and (cues.takes_object(lemma, dobjs[0], subj) or particle is not None) and lemma != "tell":
        if (dobjs[0].lower_ in ("that", "which", "whom") and v.dep_ == "relcl"
                and _restrictive(dobjs[0])
                and not any(_as_complement(c) for c in children)):
            # "the report that Moscow denied": what was denied is the antecedent. After a
            # comma the relative may stand for the whole clause before ("accused Russia of
            # deploying a new missile, which Moscow denied"): left as it is.
            return noun_phrase_span(v.head, text), "indirect", "dobj", []
        toks = [t for d in dobjs for t in d.subtree if t.i not in label_as_modifier(d)]
        toks += [t for c in children if _as_complement(c) for t in c.subtree]
        return phrase_span(toks), "indirect", "dobj", []
    if subj is not None and (subj.dep_, subj.head.i) != ("nsubjpass", v.i) and _aside(
            v, children, lemma):  # "..., X said, ..."; "X could be announced": X is said
        return outer_without(v.head, v.subtree, text), "indirect", "paren", []
    return None, "indirect", "ccomp", []


def _own_clauses(v: Token, children: list[Token]) -> list[Token]:
    """The verb's clauses that may be its content: not a report's clause the parser hung on
    it, nor the closing cue it hung on a verb with an object of its own ("Hesk denies all
    the charges, [his lawyer told a news conference]": the lawyer says he denies them)."""
    has_obj = any(c.dep_ == "dobj" for c in children)
    return [c for c in children if c.dep_ == "ccomp" and not report_clause(v, c)
            and not (has_obj and _aside(c, list(c.children), c.lemma_.lower()))]


def _raised(c: Token) -> bool:
    """What a raising verb takes: "appeared [to show]", "seems [likely]", "looks [like P]";
    not "first appeared [on Telegram]"."""
    return c.dep_ in ("xcomp", "acomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("like", "as")


# What makes a verb's clause a statement of its own rather than a bare aside.
_OWN_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "dative", "attr", "acomp"})


def _aside(v: Token, children: list[Token], lemma: str) -> bool:
    """A verb of saying set in the clause it reports ("..., X said, ..."), not one in a
    subordinate clause of its own ("... when CNN's Jim Acosta shouted a question"; "as
    the minister said" is an aside)."""
    return ((v.dep_ in ("parataxis", "ccomp", "advcl") or comma_conjunct(v)) and v.head.i != v.i
            and lemma in cues.PAREN  # a complement, not set off: "told X [he had warned]"
            and not (v.dep_ == "ccomp" and v.i > v.head.i and v.doc[v.left_edge.i - 1].is_alpha)
            # what a closing cue reports: "[Vantor is recalling 80,000 cars], the company
            # said" ("recalling", with an object of its own, is no aside that says "the
            # company said"; a bare 'X recalled, "... he said ..."' may be one)
            and not (v.dep_ == "ccomp" and v.i < v.head.i and v.head.lemma_ in cues.PAREN
                     and any(c.dep_ in _OWN_COMPLEMENTS for c in children)
                     # not a cue inside the quotation the verb introduces ('told RT that,
                     # "Competition is good, I would say."')
                     and not _opens_quote(doc_text(v.doc)[v.idx : v.head.idx]))
            and not any(c.dep_ in ("mark", "advmod") and c.lower_ in cues.SUBORDINATORS
                        for c in children))


def _opens_quote(text: str) -> bool:
    """A quotation opens in ``text`` and is not closed there."""
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _restrictive(rel: Token) -> bool:
    """A relative pronoun with no comma before it ("the report that Moscow denied")."""
    return rel.i == 0 or rel.doc[rel.i - 1].text not in (",", "\u2014", "\u2013", "(")


def _as_complement(c: Token) -> bool:
    """What the object was called ("described X as Y", "called him a liar")."""
    return c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")


def _echo(obj: Token, phrases: frozenset[str]) -> bool:
    """An object that points back at an earlier statement: repeating it ("the same", "much
    the same") or contradicting it ("otherwise", "the opposite"), as ``phrases`` says."""
    return " ".join(t.lower_ for t in obj.subtree if t.i <= obj.i) in phrases


def _quote_before(v: Token, subj: Token, sent: Span, text: str) -> CharSpan | None:
    """'"...," the ambassador told reporters.' parsed as a conjunct: the quotation right
    before the source (or before an inverted cue) is the content."""
    first = min(subj.left_edge.i, v.i)
    prev = v.doc[first - 1] if first > 0 else None
    while prev is not None and prev.is_space and prev.i > 0:
        prev = v.doc[prev.i - 1]
    if prev is None or not prev.is_quote or "\n" in text[prev.idx : v.idx]:
        return None
    if prev.i > sent.start:
        return (sent.start_char, prev.idx + len(prev.text))
    # The quotation closed the previous sentence ('"...?" Trump said.'): point at its
    # closing mark; the quote widening takes in the whole quote.
    return (max(prev.idx - 1, 0), prev.idx + len(prev.text))


def _verb_candidate(v: Token, sent: Span, text: str) -> Candidate | None:
    lemma = v.lemma_.lower()
    cue = verb_cue(v, lemma)
    if cue is None:
        return None
    cls, particle, prep_cue = cue
    children = list(v.children)
    reported = passive_candidate(
        v, sent, text, lemma, cls, children,
        [c for c in children if c.dep_ == "ccomp"], [c for c in children if c.dep_ == "xcomp"],
    )
    if reported is not None:
        return reported if reported.content[1] > reported.content[0] else None
    if cls == "raising" and any(_raised(c) for c in children):
        return raising_candidate(v, sent, text)
    if cls != "speech" and v.dep_ == "relcl" and any(c.dep_ == "xcomp" for c in children):
        # "the military plans [Russia wanted to use]": a wish inside a description of a
        # noun, whose infinitive's object is the noun itself. No proposition is reported.
        return None
    if extraposed(v) or addressed(v):
        return None  # "it is absurd to believe that P", "X was told that P": X is no source
    subj, source, resolved = _subject_source(
        find_subject(v) or inverted_subject(v, cues.PAREN), text)
    if subj is not None and (no_one(subj) or patient_of_participle(v, subj)):
        return None
    source = with_split_apposition(v, subj, source, text)
    content, kind, via, extra = _content_by_dependency(
        v, sent, text, lemma, cls, subj, particle, prep_cue
    )
    cue_toks = [v] + ([particle] if particle is not None else []) + extra
    if content is None and subj is not None and lemma in cues.PAREN:
        content = _quote_before(v, subj, sent, text)
        if content is not None:
            kind, via = "direct", "postquote"
    if content is None:
        return None
    if cls == "cognition" and (source is None or free_relative(v)):
        # Belief verbs without a holder are too often not attributions; and one inside a
        # free relative names a thing, states nothing ("What Trump and Putin hope to
        # achieve at Helsinki summit", "what he seeks to accomplish").
        return None
    if via == "colon" and source is None and extra[0].i == v.i + 1:
        # "Published: Feb 05, 2023", "Posted: 4:29 AM": a label, nobody speaks ("Said
        # Ellis:" names its speaker after the verb, even where the parse finds none).
        return None
    if source is None and instruction_to_reader(v):
        return None
    rule = f"{via}/{cls or 'pair'}"  # a verb-preposition or particle pair has no class
    return Candidate(
        tok_span(cue_toks) or (v.idx, v.idx + len(v.text)),
        trim_span(text, content),
        source,
        kind,
        confidence(rule),
        (sent.start_char, sent.end_char),
        via=rule,
        resolved=resolved,
        source_outer=subtree_span(subj) if subj is not None else None,
    )


def _named_antecedent(rel: Token, relcl: Token | None = None) -> Token:
    """The antecedent of a relative pronoun that is a source. The parser hangs "which" on
    the head of the phrase before it ("drones and missiles from Beijing, which had
    expressed willingness"), but a state or organisation named just before "which" is
    the one that can express, say or deny."""
    head = (relcl or rel.head).head
    if rel.lower_ == "who":
        return head
    prev = rel.i - 1
    while prev > head.i and rel.doc[prev].is_punct:
        prev -= 1
    tok = rel.doc[prev]
    body = tok.pos_ == "NOUN" and (tok.lower_ in ORG_HEADS or rel.doc[tok.left_edge.i : tok.i + 1]
                                    .text.lower().endswith(BODY_PHRASES))  # "coast guard, which"
    if (prev > head.i and (body or tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "GPE", "NORP"))
            and not head.ent_type_ and tok in head.subtree):
        return tok
    return head


def sentence_candidates(sent: Span, text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in sent:
        cand: Candidate | None = None
        if tok.lower_ == "according":
            cand = according_candidate(tok, sent, text)
        elif tok.pos_ in ("VERB", "AUX"):
            cand = _verb_candidate(tok, sent, text)
        elif tok.lower_ in cues.REPORTIVE_ADVERBS and tok.dep_ == "advmod":
            cand = adverb_candidate(tok, sent, text)
        elif tok.pos_ == "NOUN":
            cand = noun_candidate(tok, sent, text)
        # A cue ending its sentence with a colon ("The senator continued:") keeps an empty
        # content: the quotation in the next paragraph fills it (``extract``), or it goes.
        if cand is not None and (cand.content[1] > cand.content[0]
                                 or text[cand.cue[1] - 1 : cand.cue[1]] == ":"):
            out.append(cand)
    if not any(c.cue_text == ":" or text[c.cue[0] : c.cue[1]] == ":" for c in out):
        colon = _colon_candidate(sent, text)
        if colon is not None:
            out.append(colon)
    return out


