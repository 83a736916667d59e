"""Attribution cue lexicon: verbs, phrasal verbs and nouns that introduce reported content.

Lemmas are grouped by how their content is expressed, because that decides which
dependents hold the content:

- ``SPEECH``: verbs of saying; content is a clause (ccomp), a quote, or follows a colon.
- ``OBJECT``: verbs whose direct object can itself be the reported content
  ("denied the report", "announced a plan", "endorsed Clinton").
- ``COGNITION``: verbs of belief, desire and perception; content is a clause or an
  infinitive ("thinks that ...", "wants to ...").
- ``RAISING``: "seem/appear" type verbs whose subject is the source only loosely.
- ``PREP_CUES``: verb + preposition pairs whose prepositional object is the content
  ("called for", "warned of", "talked about").

These are general facts about English reporting verbs, not tied to any story.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word set from a whitespace-separated list (keeps long lexicons readable)."""
    return frozenset(text.split())


SPEECH: frozenset[str] = _words("""
    say tell add note argue claim deny reject dismiss accuse warn insist confirm acknowledge
    announce report allege suggest write tweet post call describe explain state declare
    respond reply ask answer recall continue conclude predict promise pledge vow urge admit
    concede reveal disclose assert contend maintain stress emphasize emphasise mention comment
    remark observe testify inform assure complain criticize criticise praise blame attack blast
    slam condemn defend question cite quote repeat reiterate estimate propose recommend
    demand threaten joke quip boast brag lament charge counter retort signal indicate hint
    imply agree disagree dispute challenge forecast speculate caution advise proclaim tout
    hail welcome endorse express voice highlight underscore show find read tell shout yell
    scream whisper mutter exclaim told say explain describe acknowledge admit suggest
    instruct order request plead beg invite encourage urge implore demand insist
    characterize characterise label brand dub term refer mock ridicule deride lambast
    lambaste rip chide scold rebuke reprimand denounce decry deplore applaud commend
    congratulate thank apologize apologise concur echo affirm reaffirm assert aver swear
    guarantee vouch certify attest verify corroborate contradict refute rebut deny
    retract clarify specify detail outline summarize summarise elaborate preach lecture
    narrate recount relate confess concede grant allow protest object complain grumble gripe
    whine moan groan sigh laugh cry snap bark growl hiss thunder roar declare pronounce
    broadcast publish print air release leak brief notify alert announce unveil
    speak talk discuss debate tell text email message""")

OBJECT: frozenset[str] = _words("""
    deny reject dismiss announce confirm acknowledge admit reveal disclose endorse support
    oppose back criticize criticise praise blame attack blast slam condemn defend question
    dispute challenge welcome hail tout propose recommend demand request order promise
    pledge vow predict forecast estimate express voice highlight underscore cite quote
    repeat reiterate report describe call mention discuss debate denounce decry
    deplore applaud commend thank accuse mock ridicule deride lambast lambaste rip chide
    scold rebuke reprimand refute rebut contradict clarify detail outline summarize summarise
    unveil leak publish want favor favour prefer reveal show
    suggest indicate signal hint imply rule tweet post write""")

COGNITION: frozenset[str] = _words("""
    think believe know feel hope fear expect worry want wish
    understand doubt assume suspect realize realise recognize recognise remember forget
    hope prefer suppose guess imagine reckon trust bet learn seek
    notice discover anticipate envision envisage foresee dream regret
    wonder suspect conclude agree disagree refuse decline offer threaten
    acknowledge accept sense perceive""")

RAISING: frozenset[str] = _words("seem appear")

# Verbs whose only role as a cue is through a preposition: (lemma, preposition).
PREP_CUES: frozenset[tuple[str, str]] = frozenset(
    {
        ("call", "for"),
        ("call", "on"),
        ("ask", "about"),
        ("ask", "for"),
        ("talk", "about"),
        ("speak", "about"),
        ("speak", "of"),
        ("speak", "on"),
        ("comment", "on"),
        ("warn", "of"),
        ("warn", "about"),
        ("warn", "against"),
        ("complain", "about"),
        ("complain", "of"),
        ("refer", "to"),
        ("point", "to"),
        ("focus", "on"),
        ("argue", "for"),
        ("argue", "against"),
        ("push", "for"),
        ("advocate", "for"),
        ("rail", "against"),
        ("speak", "out"),
        ("write", "about"),
        ("tweet", "about"),
        ("boast", "about"),
        ("brag", "about"),
        ("joke", "about"),
        ("worry", "about"),
        ("think", "about"),
        ("testify", "about"),
        ("report", "on"),
        ("insist", "on"),
        ("agree", "with"),
        ("disagree", "with"),
        ("side", "with"),
        ("hint", "at"),
        ("lash", "out"),
        ("object", "to"),
        ("respond", "to"),
        ("reply", "to"),
        ("react", "to"),
        ("apologize", "for"),
        ("apologise", "for"),
        ("blame", "for"),
        ("criticize", "for"),
        ("praise", "for"),
        ("thank", "for"),
        ("accuse", "of"),
    }
)

# Particles that turn a verb into a cue ("point out", "lash out", "speak out").
PARTICLE_CUES: frozenset[tuple[str, str]] = frozenset(
    {
        ("point", "out"),
        ("lay", "out"),
        ("spell", "out"),
        ("lash", "out"),
        ("speak", "out"),
        ("rule", "out"),
        ("play", "down"),
        ("write", "off"),
        ("sound", "off"),
        ("chime", "in"),
        ("weigh", "in"),
        ("make", "clear"),
        ("go", "on"),
    }
)

# Nouns that carry a content clause ("the claim that ...", "his statement that ...").
NOUNS: frozenset[str] = _words("""
    statement claim assertion allegation report warning suggestion belief argument promise
    pledge denial comment remark announcement insistence contention view
    position assessment estimate prediction testimony admission acknowledgment
    acknowledgement confirmation charge complaint concern fear hope suspicion theory
    speculation rumor rumour message""")

# Passive reportive verbs: "it was reported that", "X is said to have ...".
REPORTIVE_PASSIVE: frozenset[str] = _words(
    "say report believe think allege claim rumor rumour understand expect know suggest "
    "estimate quote cite fear consider describe"
)

# Adverbs of report: "X reportedly ...", "allegedly".
REPORTIVE_ADVERBS: frozenset[str] = _words(
    "reportedly allegedly purportedly supposedly apparently ostensibly"
)

# Verbs that may stand parenthetically after or inside their content ("..., she said, ...").
PAREN: frozenset[str] = _words("""
    say add tell note explain write argue claim insist warn predict recall acknowledge admit
    concede report state declare reply respond tweet post suggest stress emphasize emphasise
    contend maintain observe remark quip joke boast allege assert complain caution conclude
    confirm estimate reckon announce counter retort charge recount testify answer
    reason lament show""")

# Verbs whose infinitive complement is their content ("urged X to", "vowed to", "wants to").
XCOMP: frozenset[str] = _words("""
    urge ask call promise pledge vow threaten agree refuse decline claim want hope expect
    wish tell warn order encourage invite beg demand propose offer appear seem vote
    advise instruct implore plead push press seek""")


def verb_class(lemma: str) -> str | None:
    """The content class of a verb lemma, or ``None`` when it is not a cue."""
    if lemma in SPEECH:
        return "speech"
    if lemma in COGNITION:
        return "cognition"
    if lemma in OBJECT:
        return "object"
    if lemma in RAISING:
        return "raising"
    return None
