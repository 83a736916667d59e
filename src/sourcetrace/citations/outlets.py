"""A registry of news outlets and wire services, and finding them in text.

The packaged registry (``data/outlets.json``) holds facts about a few hundred
outlets: canonical name, aliases, web domains, home country, whether it is a wire
service and whether it is state-affiliated. Users extend or override it with their
own JSON or TOML file, passed to :func:`load_registry` or named by the environment
variable ``SOURCETRACE_OUTLETS`` (several paths separated by ``os.pathsep``).

A user file has the same shape as the packaged one: ``{"outlets": [{...}, ...]}``
in JSON, ``[[outlets]]`` tables in TOML, or a bare JSON list. An entry whose
``id`` (or, without an id, whose name) matches a packaged outlet replaces it.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sourcetrace.errors import InputError
from sourcetrace.lexicons import alternation, lexicon

ENV_VAR = "SOURCETRACE_OUTLETS"


_OUTLET_WORDS = lexicon("outlet_words")


# Words that may stand before or after a registry name without changing what it names
# ("London-based newspaper The Financial Times", "the Washington Post newspaper").
_DESCRIPTOR_WORDS = _OUTLET_WORDS.words("descriptors")

# Capitalised words that often stand just before an outlet name at the start of a
# sentence or a frame ("On CNN", "According to Reuters"); anything else capitalised
# right before a one-word name makes it part of a longer name ("Michael Bloomberg").
_FUNCTION_WORDS = _OUTLET_WORDS.words("function_words")

# Words after an outlet's name that make a programme, service or desk of the same outlet
# ("BBC Persian", "Bloomberg Opinion", "NBC Nightly News"), not another organisation.
SUB_BRANDS = _OUTLET_WORDS.words("sub_brands")


@dataclass(frozen=True)
class Outlet:
    """One news organisation as the registry knows it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    wire: bool = False
    state_affiliated: bool = False
    # The bare name is a common word: only "the NAME" is a mention ("the Guardian").
    the_required: bool = False
    # The bare name is too ambiguous to look for in prose ("Time"); aliases still are.
    alias_only: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _fold(text: str) -> str:
    """Case- and accent-insensitive comparison key."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.replace("’", "'")).strip().casefold()


def _key(text: str) -> str:
    """Lookup key of a name: folded, without a leading "the" and a trailing possessive."""
    key = _fold(text).strip(" \t\n\"'“”‘’.,;:()[]")
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"'s?$", "", key)
    return key.strip()


def _host(url_or_domain: str) -> str:
    text = url_or_domain.strip().lower()
    if "//" not in text:
        text = "//" + text
    host = urlsplit(text).hostname or ""
    return host.removeprefix("www.")


def outlet_from_dict(data: Mapping[str, Any]) -> Outlet:
    """Build an :class:`Outlet` from a registry record; unknown keys are ignored."""
    name = str(data.get("name") or "").strip()
    if not name:
        raise InputError(f"outlet record without a name: {dict(data)!r}", code="E212")
    oid = str(data.get("id") or re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-"))

    def strings(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        return tuple(str(v) for v in value if str(v).strip())

    country = data.get("country")
    return Outlet(
        id=oid,
        name=name,
        aliases=strings(data.get("aliases")),
        domains=tuple(_host(d) for d in strings(data.get("domains") or data.get("domain"))),
        country=str(country) if country else None,
        wire=bool(data.get("wire", False)),
        state_affiliated=bool(data.get("state_affiliated", False)),
        the_required=bool(data.get("the_required", False)),
        alias_only=bool(data.get("alias_only", False)),
    )


class OutletRegistry:
    """Outlets by name, alias and domain, plus a scanner for mentions in text."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.outlets: tuple[Outlet, ...] = tuple(outlets)
        self._by_id = {o.id: o for o in self.outlets}
        self._by_key: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        # Later outlets (user entries) win over earlier ones for the same key.
        for outlet in self.outlets:
            # A parenthesised qualifier ("ABC (Spain)") only tells namesakes apart; the
            # bare name stays with the outlet that lists it as a name or alias.
            for name in outlet.names:
                self._by_key[_key(name)] = outlet
            for domain in outlet.domains:
                self._by_domain[domain] = outlet
        self._pattern, self._form_owner, wires = self._compile()
        self._glued = _glued_byline(wires)

    def __len__(self) -> int:
        return len(self.outlets)

    def __iter__(self) -> Any:
        return iter(self.outlets)

    def get(self, outlet_id: str) -> Outlet | None:
        return self._by_id.get(outlet_id)

    # -- lookups -------------------------------------------------------------------

    def find(self, text: str) -> Outlet | None:
        """The outlet a piece of text names, or None.

        Exact name or alias, case-insensitive, a leading "the" and a trailing "'s"
        optional ("FT" and "the Financial Times's" both give the Financial Times).
        Descriptor words around a single mention are tolerated ("London-based
        newspaper The Financial Times"); other words are not ("a former reporter
        for the New York Times" names a person, not the outlet).
        """
        if not text or not text.strip():
            return None
        hit = self._by_key.get(_key(text))
        # A one-word name in lower case is an ordinary word: "the diplomat said" is a
        # person, not The Diplomat, and "the hill" is not The Hill.
        bare = re.sub(r"^\s*the\s+", "", text, flags=re.I).strip()
        if hit is not None and (" " in bare or re.search(r"[A-Z0-9]", bare)):
            return hit
        mentions = self.scan(text)
        if len(mentions) != 1:
            return None
        outlet, start, end = mentions[0]
        rest = (text[:start] + " " + text[end:]).replace("’", "'")
        for word in re.findall(r"[\w.'-]+", rest):
            w = word.casefold().strip(".'")
            if w in ("s", "") or w in _DESCRIPTOR_WORDS or w.endswith("-based"):
                continue
            return None
        return outlet

    def by_domain(self, url_or_domain: str) -> Outlet | None:
        """The outlet a URL or host belongs to ("https://edition.cnn.com/x" gives CNN)."""
        host = _host(url_or_domain)
        while host:
            hit = self._by_domain.get(host)
            if hit is not None:
                return hit
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
            if "." not in host:  # never match a bare public suffix ("co.uk" stops here)
                return None
        return None

    def scan(self, text: str) -> list[tuple[Outlet, int, int]]:
        """Every outlet mention in ``text`` as ``(outlet, start, end)``, in order.

        Longest match wins, mentions respect word boundaries and the casing of the
        registry ("the Sun" is a mention of The Sun only with a capital S; an all-caps
        wire name such as "REUTERS" is accepted). A leading "The"/"the" is part of the
        span. A one-word name directly followed or preceded by another capitalised word
        is taken to be part of a longer name ("Reuters Institute", "Michael Bloomberg")
        and skipped.
        """
        found: list[tuple[Outlet, int, int]] = []
        for m in self._pattern.finditer(text):
            core = m.group("core")
            hit = self._form_owner.get(_surface_key(core))
            if hit is None:
                continue
            outlet, required = hit
            if required and m.group("the") is None and not _piece_after(text, m.end()):
                continue
            if " " not in core.strip() and self._inside_longer_name(
                text, m.start("core") if m.group("the") is None else m.start(), m.end()
            ):
                continue
            found.append((outlet, m.start(), m.end()))
        for m in self._glued.finditer(text):
            hit = self._form_owner.get(_surface_key(m.group("core")))
            if hit is not None:
                found.append((hit[0], m.start("core"), m.end("core")))
        return sorted(found, key=lambda f: (f[1], f[2]))

    # -- internals ------------------------------------------------------------------

    @staticmethod
    def _inside_longer_name(text: str, start: int, end: int) -> bool:
        after = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[end : end + 40])
        if after:
            word = after.group(1).casefold()
            if word not in _FUNCTION_WORDS and word not in SUB_BRANDS:
                return True
        before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[max(0, start - 40) : start])
        return bool(before and before.group(1).casefold() not in _FUNCTION_WORDS)

    def _compile(self) -> tuple[re.Pattern[str], dict[str, tuple[Outlet, bool]], list[str]]:
        """The mention pattern, surface form -> (outlet, "the" required before it), and
        the wires' forms as written (for glued bylines)."""
        forms: dict[str, tuple[Outlet, bool]] = {}
        wires: list[str] = []
        for outlet in self.outlets:
            names = outlet.aliases if outlet.alias_only else outlet.names
            for name in names:
                if re.search(r"\([^)]*\)\s*$", name):
                    continue  # "ABC (Spain)": prose says "ABC", which names another outlet
                has_the = name.lower().startswith("the ")
                core = name[4:] if has_the else name
                required = outlet.the_required and has_the
                if len(core) < 2 and not required:
                    continue
                forms[core] = (outlet, required)
                if outlet.wire:
                    wires.append(core)
                    if core.upper() != core:
                        forms[core.upper()] = (outlet, required)  # "LONDON (REUTERS) -"
        owner: dict[str, tuple[Outlet, bool]] = {}
        for core, value in forms.items():
            owner[_surface_key(core)] = value
        body = alternation(forms).replace("'", "['’]")
        first_chars = re.escape("".join(sorted({f[0] for f in forms} | {"T", "t"})))
        pattern = re.compile(
            # The first-character class lets most positions fail before the long alternation.
            r"(?<![\w@/.&-])(?=[" + first_chars + r"])"
            r"(?:(?P<the>[Tt]he|THE)\s+)?(?P<core>" + body + r")"
            # A word boundary, or a reporting verb glued on by a lost space in scraped
            # text ("The Financial Timesreported that ...").
            r"(?:(?![\w@&]|-\w)|(?=(?:reported|reports|said|says|wrote|writes)\b))"
        )
        return pattern, owner, wires


def _glued_byline(wires: list[str]) -> re.Pattern[str]:
    """A byline line whose last name is glued to its wire, as scraped pages join the
    writer's and the agency's elements ("Jari Tanner and Jan M. OlsenAssociated Press"):
    capitalised names, then a wire's name right after a lower-case letter, and nothing
    else on the line. Only wires: a paper's name glued to a word is as often a brand
    inside another word."""
    name = r"[A-Z][\w.'’-]*"
    return re.compile(
        rf"(?m)^[ \t]*{name}(?:(?:,[ \t]*|[ \t]+(?:and[ \t]+)?){name}){{1,8}}"
        rf"(?<=[a-z])(?P<core>{alternation(w for w in wires if len(w) > 2)})[ \t]*$")


_PIECES = lexicon("report_nouns").words("outlet_pieces")


def _piece_after(text: str, end: int) -> bool:
    """A piece of journalism right after a name ("a Herald report"): the name is the
    outlet's, though prose writes "the" before it elsewhere."""
    m = re.match(r"[ \t]+([a-z]+)", text[end : end + 20])
    return m is not None and m.group(1) in _PIECES


def _surface_key(core: str) -> str:
    """How a matched name is looked up: whitespace collapsed, curly apostrophes straightened."""
    return re.sub(r"\s+", " ", core.replace("’", "'"))


# -- loading ----------------------------------------------------------------------------


def _read_records(path: Path) -> list[Mapping[str, Any]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read outlet registry {path}: {exc}", code="E212") from exc
    try:
        if path.suffix.lower() == ".toml":
            data: Any = tomllib.loads(raw.decode("utf-8"))
        else:
            data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"outlet registry {path} is not valid: {exc}", code="E212") from exc
    records = data.get("outlets", []) if isinstance(data, dict) else data
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(
            f"outlet registry {path} must hold a list of outlet records under 'outlets'",
            code="E212",
        )
    return records


def _packaged_records() -> list[Mapping[str, Any]]:
    text = resources.files("sourcetrace").joinpath("data/outlets.json").read_text("utf-8")
    records: list[Mapping[str, Any]] = json.loads(text)["outlets"]
    return records


def _merge(base: list[Outlet], extra: Iterable[Outlet]) -> list[Outlet]:
    merged = {o.id: o for o in base}
    by_key = {_key(o.name): o.id for o in base}
    for outlet in extra:
        old_id = outlet.id if outlet.id in merged else by_key.get(_key(outlet.name))
        if old_id is not None and old_id != outlet.id:
            del merged[old_id]
        merged[outlet.id] = outlet
    return list(merged.values())


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> OutletRegistry:
    outlets = [outlet_from_dict(r) for r in _packaged_records()]
    for p in paths:
        outlets = _merge(outlets, (outlet_from_dict(r) for r in _read_records(Path(p))))
    return OutletRegistry(outlets)


def load_registry(extra: Path | str | None = None) -> OutletRegistry:
    """The packaged registry, extended by ``SOURCETRACE_OUTLETS`` files and ``extra``.

    Registries are cached per set of files, so repeated calls are cheap.
    """
    paths = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    if extra is not None:
        paths.append(str(extra))
    return _load(tuple(str(Path(p).expanduser().resolve()) for p in paths))


def find_outlet(text: str) -> Outlet | None:
    """Shortcut for ``load_registry().find(text)``."""
    return load_registry().find(text)
