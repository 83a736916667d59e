"""Word lists for parsing source phrases: general facts about English news sourcing."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word set from a whitespace-separated list (keeps long lexicons readable)."""
    return frozenset(text.split())


# Nationality / country words -> country name. Short and general; extend as needed.
NATIONALITIES: dict[str, str] = {
    "us": "United States",
    "u.s.": "United States",
    "american": "United States",
    "united states": "United States",
    "america": "United States",
    "chinese": "China",
    "china": "China",
    "russian": "Russia",
    "russia": "Russia",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "french": "France",
    "france": "France",
    "german": "Germany",
    "germany": "Germany",
    "ukrainian": "Ukraine",
    "ukraine": "Ukraine",
    "japanese": "Japan",
    "japan": "Japan",
    "indian": "India",
    "india": "India",
    "israeli": "Israel",
    "israel": "Israel",
    "iranian": "Iran",
    "iran": "Iran",
    "turkish": "Turkey",
    "turkey": "Turkey",
    "european": "European Union",
    "eu": "European Union",
    "italian": "Italy",
    "italy": "Italy",
    "canadian": "Canada",
    "canada": "Canada",
    "korean": "Korea",
    "taiwanese": "Taiwan",
    "taiwan": "Taiwan",
    "saudi": "Saudi Arabia",
    "syrian": "Syria",
    "egyptian": "Egypt",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "australian": "Australia",
    "pakistani": "Pakistan",
    "polish": "Poland",
    "nato": "NATO",
    "western": "the West",
    "qatari": "Qatar",
    "palestinian": "Palestine",
    "lebanese": "Lebanon",
    "iraqi": "Iraq",
}
# Capitals used as a government's voice ("Beijing said") -> country.
CAPITALS: dict[str, str] = {
    "washington": "United States",
    "beijing": "China",
    "moscow": "Russia",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "tokyo": "Japan",
    "tehran": "Iran",
    "ankara": "Turkey",
    "brussels": "European Union",
    "taipei": "Taiwan",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "new delhi": "India",
    "jerusalem": "Israel",
}
ROLE_WORDS = _words("""
    spokesman spokeswoman spokesperson official officials minister secretary president
    senator sen. rep. representative ambassador analyst analysts expert experts professor
    prof. researcher fellow diplomat diplomats adviser advisor director chief head envoy
    lawmaker lawmakers governor gov. mayor candidate leader chairman chairwoman chair
    economist scientist lawyer attorney general commander officer officers ceo founder
    author premier chancellor congressman congresswoman judge dr. mr. mrs. ms. deputy
    vice assistant press nsa specialist correspondent reporter editor columnist aide aides
    staffer strategist pollster member members counsel prosecutor justice sergeant
    lieutenant colonel captain admiral king queen prince pope""")
SENIORITY = (
    "senior",
    "top",
    "high-ranking",
    "high ranking",
    "junior",
    "mid-level",
    "former",
    "veteran",
    "chief",
    "deputy",
)
ANON_HEADS = _words("""
    official officials source sources people person diplomat diplomats officer officers
    aide aides insider insiders analyst analysts expert experts observer observers
    employee employees staffer staffers resident residents witness witnesses member
    members spokesperson spokesman spokeswoman investigator investigators lawmaker
    lawmakers adviser advisers advisor advisors executive executives mp mps legislator
    legislators negotiator negotiators""")
ANON_MARKERS = (
    "anonymity",
    "anonymous",
    "unnamed",
    "unidentified",
    "not authori",
    "not be named",
    "not to be named",
    "familiar with",
    "briefed on",
    "close to",
    "knowledge of",
    "aware of",
    "declined to be identified",
    "requested anonymity",
)
ORG_HEADS = _words("""
    ministry department government administration kremlin house pentagon council committee
    commission agency embassy office party campaign company corporation firm bank
    institute university college school foundation organization organisation group union
    army military navy police court parliament congress senate assembly cabinet
    authorities authority state states nations alliance bureau service services team
    centre center fund league association federation network""")
OTHER_HEADS = _words("""
    statement document report poll polls survey study data figures records letter memo
    tweet post video transcript filing analysis assessment intelligence indictment
    complaint lawsuit ruling release readout website page book article story reports vote
    resolution votes results result surveys studies documents statements""")
PRONOUNS = _words("he she him her i we they you it who this that these those")
COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "several": "several",
    "some": "some",
    "many": "many",
    "multiple": "multiple",
    "a few": "few",
    "few": "few",
    "dozens": "dozens",
    "two senior": 2,
}
HONORIFICS = _words("mr. mrs. ms. dr. miss mr mrs ms dr sir dame")
NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten several some many most all both "
    "europe asia africa"
)
TITLE_OBJECTS = _words("""
    state defense defence commerce treasury health education energy justice labor labour
    agriculture transportation interior finance foreign affairs the interior home affairs
    homeland security staff""")
