"""Claim candidates: short canonical propositions from one parsed article.

Candidates come from two places: the contents of attributions (what a source is credited
with saying) and factual sentences in the article's own voice. Each candidate is reduced
to a short proposition (``claim_canon``): attribution wrappers ("X said that", "according to Y") and
non-restrictive asides (", which ...", appositions, dates) are dropped, a subject pronoun
that refers to the speaker is replaced by the speaker, and entities are normalised so
that government metonyms agree ("Moscow" and "the Kremlin" are Russia, "Beijing" is
China, "Washington" and "the White House" are the US) — only when the place name is an
actor, not a location ("talks in Rome" keeps Rome as a place).

A denial of a report ("Both countries denied those reports") is kept: where the report
carries its proposition ("reports of X") the candidate is X; else ``refers_to`` names the
candidate the report most likely carries, and clustering attaches the denial there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sourcetrace.attribution.withdrawals import taken_back
from sourcetrace.claims import actors, denials
from sourcetrace.claims import link as lex
from sourcetrace.claims.about_reports import about_a_report
from sourcetrace.claims.accusations import accusation_candidates
from sourcetrace.claims.anaphora import antecedent, it_subject
from sourcetrace.claims.answers import link_report_denials
from sourcetrace.claims.canon import Prop, first_propositional_sentence
from sourcetrace.claims.claimhood import no_claim
from sourcetrace.claims.contrasts import set_against_account
from sourcetrace.claims.kept import kept_tokens
from sourcetrace.claims.lexical import content_words
from sourcetrace.claims.outward import credited_outward
from sourcetrace.claims.reading import read_region
from sourcetrace.claims.regions import (
    content_piece,
    later_sentences,
    overlap,
    own_voice_regions,
    that_clauses,
)
from sourcetrace.claims.render import render
from sourcetrace.claims.shapes import (
    agent_object,
    conditional,
    indirect_question,
    interrogative,
    negates,
    unsaid,
)
from sourcetrace.claims.tuning import CandidateTuning, packaged
from sourcetrace.models import Attribution, Span, content_id
from sourcetrace.nlp.doctext import doc_text
from sourcetrace.stance.vocabulary import has_denial_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@dataclass(frozen=True)
class ClaimCandidate:
    """One mention of a proposition in one article (picklable, hashable)."""

    id: str
    article: str
    text: str  # short canonical proposition
    span: Span  # offsets of the source sentence part or attribution content
    attribution: str | None = None
    entities: tuple[str, ...] = ()  # normalised actor keys ("russia", "peskov"); "@rome" = place
    predicates: tuple[str, ...] = ()  # lemmas of the main predicate(s)
    negated: bool = False  # the mention negates or denies the proposition
    # An explicit denial (a denial cue or vocabulary: "denied", "disinformation"), as
    # opposed to a merely negated predicate ("X did not ask").
    denial: bool = False
    agent: str | None = None  # normalised entity key of the proposition's subject
    refers_to: str | None = None  # denial of a report: id of the candidate the report carries
    order: int = 0  # position in the article (0 = first candidate)
    sentence: Span | None = None  # the sentence it was read in (a denial's report is there)
    source: str | None = None  # normalised key of the credited source ("russia", "peskov")
    # Every actor key of the credited source phrase ("Both China and Russia": china,
    # russia): a denial by several parties is of what is said about any of them.
    source_keys: tuple[str, ...] = ()
    # The head noun of the credited source phrase, lower case ("poll" in "according to a
    # poll by Meridian Research"): what a denial of "the poll" is of.
    source_head: str | None = None
    # The outlets a citation in its sentence credits, case-folded ("according to the
    # Financial Chronicle, which cited ..."): whose report the mention restates.
    cites: tuple[str, ...] = ()
    # A common-noun subject as "lemma/number" ("balloon/sg"): "a balloon has been flying"
    # and "balloons traveled ... three times" are about different things.
    subject: str | None = None
    # Stated as a suspicion ("intelligence points to [P]"), not as fact: see
    # ``link.suspected``; a suspicion and a flat statement of P are two claims.
    suspected: bool = False
    # Doubted, not said ("the study could not prove that P"): never the claim's wording.
    doubted: bool = False
    # A bare denial whose words name what it rejects ("Rejecting the US' spy balloon
    # accusation"): see ``denials.names_content``.
    names_content: bool = False
    # Content lemmas of ``text`` (``lexical.content_words``): rare words two mentions
    # share are evidence of one proposition the embedding can miss.
    words: tuple[str, ...] = ()
    # Taken back by who said it ("retracted its statement that P"): the one denial by a
    # source of what that source said that is no sign of two claims read as one.
    withdrawn: bool = False

    @property
    def said_negatively(self) -> bool:
        """The mention's own words are negative: merely negated ("We will not allow ..."),
        or holding the words of denial themselves ("So far there's no evidence"). A denial
        by its cue or wrapper ("Russia denied that it meddled") is not: its text is what
        it denies."""
        return self.negated and (not self.denial or has_denial_vocabulary(self.text))


ARTICLE_CONTEXT = lex.ARTICLE_CONTEXT


_BYLINE = re.compile(r"^\s*By\s+[A-Z][^:\n]{1,60}:\s*")


def claim_candidates(
    doc: Doc, *, article_id: str, attributions: Sequence[Attribution] = (),
    tuning: CandidateTuning | None = None,
) -> list[ClaimCandidate]:
    """Candidates for one article, in text order, from ``doc`` (never re-parsed).

    ``attributions`` are this article's attributions (``extract_attributions``); own-voice
    sentences they cover are not repeated. ``tuning``: ``[candidates]`` (packaged if None).
    """
    tuning = tuning or packaged()
    regions: list[tuple[int, int, Attribution | None]] = []
    covered: list[Span] = []
    voices: dict[Span, Attribution] = {}
    for given in attributions:
        if given.article != article_id:
            continue
        covered.append(given.span)
        if given.sentence_span is not None:
            covered.append(given.sentence_span)
        if unsaid(doc, given):
            continue  # "is expected to tell Putin that P": the speaker is no source of P
        given, voice = credited_outward(given, attributions, doc_text(doc)), _voice(given, attributions)
        piece = content_piece(doc_text(doc), given)
        for part in that_clauses(doc_text(doc), piece) if given.kind != "direct" else [piece]:
            voices[part] = voice  # "he" in what Brandt told allies is Brandt, whoever is credited
            regions.append((part[0], part[1], given))
        # Each later sentence of a long quote is read on its own, in its own sentence, the
        # quote's further paragraphs included (the attribution stage grew a direct quote
        # over the quotation paragraphs that continue it).
        quote = (piece[0], given.span[1]) if given.kind == "direct" else piece
        regions.extend((s, e, replace(given, sentence_span=None))
                       for s, e in later_sentences(doc, quote, tuning.max_quote_sentences))
    for start, end in own_voice_regions(doc):
        if not any(overlap((start, end), c) > 0.5 * (end - start) for c in covered):
            regions.append((start, end, None))
    regions.sort(key=lambda r: (r[0], r[1]))

    out: list[ClaimCandidate] = []
    seen: set[tuple[str | None, str]] = set()
    for start, end, att in regions:
        try:
            cand = _candidate(doc, start, end, article_id=article_id, att=att, order=len(out),
                              topic_min=tuning.topic_min, voice=voices.get((start, end)))
        except Exception:  # noqa: BLE001 - one odd region never fails the document
            cand = None
        # One statement read twice (a commitment credited to the words it is told in,
        # "denied that Russia sought to P") is one mention.
        if cand is not None and (cand.attribution, cand.text) not in seen:
            seen.add((cand.attribution, cand.text))
            out.append(cand)
    # Accusations no clause states ("X and Y blamed each other for E"), in text order.
    taken = {c.attribution for c in out}
    accused = [c if c.attribution not in taken else replace(c, attribution=None)
               for c in accusation_candidates(doc, article_id=article_id, attributions=[
                   a for a in attributions if a.article == article_id],
                   sides_window=tuning.sides_window)]
    out = sorted([*out, *accused], key=lambda c: c.span[0])
    return link_report_denials([replace(c, order=k) for k, c in enumerate(out)])


def _voice(given: Attribution, attributions: Sequence[Attribution]) -> Attribution:
    """Whose "he" or "it" a content holds: its speaker ("said X agreed to P" keeps the
    sayer's, whoever is credited), or, for a report with no source inside another's
    content ("denied reports that it had ignored warnings"), the one who speaks of it."""
    if given.source_span is not None:
        return given
    return next((a for a in attributions if a.article == given.article and a.id != given.id
                 and a.source_span is not None
                 and a.span[0] <= given.span[0] and given.span[1] <= a.span[1]), given)


def _locate(
    doc: Doc, start: int, end: int, att: Attribution | None
) -> tuple[int, SpacySpan, SpacySpan, SpacySpan] | None:
    """The region (minus a byline), its propositional sentence and the sentence that
    gives it context; None for a question. The shifted start is returned because the
    candidate id hashes it."""
    m = _BYLINE.match(doc_text(doc)[start:end])
    if m:
        start += m.end()
    region = doc.char_span(start, end, alignment_mode="contract")
    if region is None or len(region) < (1 if att is not None else 3):
        return None
    sent = first_propositional_sentence(region)
    if sent is None:
        if att is None:
            return None
        # "denied those reports", "calling it disinformation": a nominal content.
        sent = region
    if interrogative(sent):
        return None  # a question asserts nothing ("Did the president upbraid Putin?")
    if att is not None and att.sentence_span is not None:
        context = doc.char_span(*att.sentence_span, alignment_mode="expand") or sent.sent
    else:
        # Own voice: the region is already one sentence (or one line of it).
        context = sent
    return start, region, sent, context


def _speaker_of(
    sent: SpacySpan, att: Attribution | None, said_by: SpacySpan | None,
    wrapper_subj: SpacySpan | None,
) -> SpacySpan | None:
    """Who a subject pronoun may stand for: the subject of a wrapper inside the region
    ("according to a statement, [the Red Hand said it] had targeted the ship"), else the
    credited source (``said_by``), else (own voice only) the previous sentence's named
    subject."""
    speaker = wrapper_subj or said_by
    if speaker is None and att is None:
        speaker = lex.previous_subject(sent)
    return speaker


def _candidate(
    doc: Doc, start: int, end: int, *, article_id: str, att: Attribution | None, order: int,
    topic_min: int, voice: Attribution | None = None,  # whose "he" it is, if credited outward
) -> ClaimCandidate | None:
    """One region's candidate, or None when it carries no checkable proposition."""
    located = _locate(doc, start, end, att)
    if located is None:
        return None
    start, region, sent, context = located
    reading = read_region(doc, sent, context, att)
    prop, denial, bare = reading.prop, reading.denial, reading.bare
    if prop is None:
        return None
    root = prop.root
    if att is not None and not bare and indirect_question(root) and _asks(root, prop, sent):
        return None  # "[who was behind the attack]", "[what caused the explosion]": a question
    prop, keep = _kept(prop, sent, context, bare=bare)
    if not keep:
        return None
    said_by = lex.speaker_span(att, doc)
    speaker = _speaker_of(sent, att, lex.speaker_span(voice or att, doc), reading.wrapper_subj)
    it_for = _it_for(root, keep, topic_min)
    direct = att is not None and att.kind == "direct"
    text, subj_sub = render(keep, root, speaker, it_for, direct=direct)
    entities, agent = _actors(prop, keep, subj_sub, doc)
    # The stance stage's denial vocabulary counts too ("no such request"), and so does a
    # statement set against another's account ("far higher than the government admits").
    explicit = (bool(denial) or has_denial_vocabulary(text) or set_against_account(keep)
                or taken_back(att))
    negated = explicit or negates(root)
    words = content_words(text, doc)
    head_key = actors.key_of_phrase(said_by.root, doc) if said_by is not None else None
    if not bare and (no_claim(root, entities, keep, words, att, reading.labelled,
                               denial=denial, agent=prop.agent is not None)
                     or about_a_report(root) or conditional(root)):  # "If P, it would ..."
        return None
    return ClaimCandidate(
        id=content_id(f"{article_id}|{start}|{end}|{text}", prefix="k"),
        article=article_id,
        text=text,
        span=(sent.start_char, sent.end_char),  # the sentence read, not a whole long quote
        attribution=att.id if att is not None else None,
        entities=entities,
        predicates=actors.predicates(root),
        negated=negated,
        denial=explicit,
        agent=agent,
        # A denial of a bare report ("denied those reports") has no proposition of its own;
        # it is pointed at the claim the report carries by ``answers.link_report_denials``.
        refers_to=reading.refers if bare else None,
        names_content=bare and lex.names_report(root) and denials.names_content(keep),
        order=order,
        sentence=(context.start_char, context.end_char),
        subject=_subject_noun(root, it_for),
        suspected=lex.suspected(root),
        doubted=reading.doubted or _asked_of(root),
        **_source_fields(said_by, doc, head_key),
        words=words,
        withdrawn=taken_back(att),
    )


def _asked_of(root: Token) -> bool:
    """The proposition is what a "whether" asks ("did not say whether [Varesh had agreed to
    pay ...]"): left open, never a claim's wording."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for t in (root, *root.ancestors)
               for c in t.children)


def _source_fields(said_by: SpacySpan | None, doc: Doc, head_key: str | None) -> dict[str, Any]:
    """``source``, ``source_keys`` and ``source_head`` of a candidate credited to
    ``said_by``. Two statements of one speaker in a sentence share ``source`` even when it
    has no key."""
    return {"source": (head_key or said_by.text.lower()) if said_by is not None else None,
            "source_keys": actors.source_keys(said_by, doc, head_key),
            "source_head": said_by.root.lemma_.lower() if said_by is not None else None}


def _actors(
    prop: Prop, keep: list[Token], subj_sub: SpacySpan | None, doc: Doc
) -> tuple[tuple[str, ...], str | None]:
    """Actor keys of the kept words and the agent: the frame's accused when it names one
    ("accused [Kyiv] of ..."), and the speaker a subject pronoun stands for."""
    entities, agent = actors.actor_entities(keep, prop.root, doc)
    if prop.agent is not None:
        agent = actors.key_of_phrase(prop.agent, doc) or agent
    elif lex.suspected(prop.root):
        agent = lex.suspect(prop.root, doc) or agent
    if subj_sub is not None:  # "its navy divers" in the ministry's words: Ostland's, as written
        entities, agent = actors.merge_speaker(entities, subj_sub, doc, None if actors.subject_its(
            prop.root) is not None else agent)
    return entities, agent


def _it_for(root: Token, keep: list[Token], topic_min: int) -> tuple[Token, SpacySpan] | None:
    """The subject "it" of the proposition, or the "what" of a free relative ("destroying
    [what] it said was a weather balloon"), and the topic phrase it stands for, if any."""
    it = it_subject(root) or _acted_on_what(root, keep)
    if it is None or not any(t.i == it.i for t in keep):
        return None
    phrase = antecedent(it, topic_min)
    return (it, phrase) if phrase is not None else None


def _acted_on_what(root: Token, keep: list[Token]) -> Token | None:
    """The "what" opening a free relative that is what a verb acts on ("destroying [what it
    said was a weather balloon]"): a thing. After a preposition ("in what Kyiv said was an
    attempt to ...") it is the event told before, no thing to look up."""
    what = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and c.lower_ == "what"), None)
    said = root.head
    if (what is None or not keep or keep[0].i != what.i or root.dep_ != "ccomp"
            or said.dep_ not in {"ccomp", "dobj"} or said.head.pos_ != "VERB"):
        return None
    return what


def _subject_noun(root: Token, it_for: tuple[Token, SpacySpan] | None) -> str | None:
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and it_for is not None and subj.i == it_for[0].i:
        subj = it_for[1].root
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ not in {"NN", "NNS"}:
        return None
    return f"{subj.lemma_.lower()}/{'pl' if subj.tag_ == 'NNS' else 'sg'}"


def _asks(root: Token, prop: Prop, sent: SpacySpan) -> bool:
    """An indirect question is asked by what is said: not a cleft's "who", which relates,
    nor the question a reply answers ("Asked whether P, he said: 'No.'"), outside it."""
    return root.left_edge.i not in prop.skip and sent.start <= root.i < sent.end


def _kept(
    prop: Prop, sent: SpacySpan, context: SpacySpan, *, bare: bool
) -> tuple[Prop, list[Token]]:
    """The proposition (with the agent a frame verb names) and its kept tokens."""
    root = prop.root
    accused = None if bare else agent_object(prop)
    if accused is not None:
        prop = prop._replace(agent=accused)
    keep = kept_tokens(prop, context if not sent.start <= root.i < sent.end else sent)
    if keep and prop.agent is not None and prop.agent.i < keep[0].i:
        # "accused [Kyiv] of sabotaging the dam": the content starts at the gerund, the
        # claim at its agent.
        # Up to the "of" only: the parser may hang "of V-ing" on the accused.
        keep = [t for t in kept_tokens(Prop(prop.agent), context)
                if t.i < prop.root.head.i] + keep
    return prop, keep
