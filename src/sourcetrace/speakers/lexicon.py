"""Speaker words, read from the lexicons: nationalities and capitals, titles and roles, and
the heads and markers that type a source (``lexicons/en/nationalities.toml``,
``roles.toml``, ``source_heads.toml``)."""

from __future__ import annotations

from sourcetrace.lexicons import lexicon

_NATIONS = lexicon("nationalities")
_ROLES = lexicon("roles")
_HEADS = lexicon("source_heads")

# Nationality / country words -> country name.
NATIONALITIES: dict[str, str] = _NATIONS.mapping("nationalities")
# Capitals used as a government's voice ("Beijing said") -> country.
CAPITALS: dict[str, str] = _NATIONS.mapping("capitals")
ROLE_WORDS = _ROLES.words("roles")
SENIORITY = _ROLES.ordered("seniority")
HONORIFICS = _ROLES.words("honorifics")
# Title abbreviations written before a name ("Brig.", "Sen."), lower-cased.
TITLE_ABBREVIATIONS = frozenset(t.lower() for t in _ROLES.words("title_abbreviations"))
TITLE_OBJECTS = _ROLES.words("title_objects")
ANON_HEADS = _HEADS.words("anonymous_heads")
ANON_MARKERS = _HEADS.ordered("anonymous_markers")
ORG_HEADS = _HEADS.words("organisation_heads")
# Bodies that are the people in them ("a group of officials", "the Red Dawn movement").
COLLECTIVE_HEADS = _HEADS.words("collective_heads")
# Bodies named by two words whose head alone is people's ("general staff").
BODY_PHRASES = tuple(sorted(_HEADS.words("body_phrases")))
COMPANY_WORDS = _HEADS.words("company_name_words")
OTHER_HEADS = _HEADS.words("document_heads")
EVENT_HEADS = _HEADS.words("event_heads")
PRONOUNS = _HEADS.words("pronouns")
POSSESSIVES = _HEADS.words("possessives")
RELATIVES = _HEADS.words("relatives")
PARTY_MEMBERS = _HEADS.words("party_members")
PARTY_WORDS = _HEADS.words("party_words")
COUNT_WORDS: dict[str, int | str] = _HEADS.mapping("counts")
NUMBER_WORDS = _HEADS.words("quantifiers")
GROUP_QUANTIFIERS = _HEADS.words("group_quantifiers")
GROUP_HEADS = _HEADS.words("group_heads")
# "auditors", "specialists": people by what they do, beside the listed group heads.
AGENT_ENDINGS = tuple(sorted(_HEADS.words("agent_plural_endings")))
AGENT_ENDING_THINGS = _HEADS.words("agent_ending_things") | lexicon("report_nouns").words(
    "claims")
VOICE_ROLES = _HEADS.words("voice_roles")
LEADING_ROLES = _HEADS.words("leading_roles")
POLLSTER_HEADS = _HEADS.words("pollster_heads")
# Nouns that end a description of someone who can speak: a kind of person or of body
# ("US official", "Lawmakers", "the ministry"), lower-cased.
SPEAKER_NOUNS = frozenset(w.lower() for w in ANON_HEADS | GROUP_HEADS | ORG_HEADS | ROLE_WORDS)
# Titles and roles written before a name ("Sen.", "SENATOR", "Amb."), lower-cased, without
# the abbreviation's full stop.
TITLE_WORDS = frozenset(w.lower().rstrip(".") for w in ROLE_WORDS | _ROLES.words("title_abbreviations"))
# Month and weekday names, lower-cased, that are never a name on their own.
CALENDAR_WORDS = frozenset(
    set(lexicon("time").mapping("months")) | set(lexicon("time").mapping("weekdays"))
) - lexicon("speaker_shapes").words("calendar_names")
# Given names that, in the news, nearly always belong to one gender, lower-cased.
GIVEN_NAMES = lexicon("given_names").words("male") | lexicon("given_names").words("female")
