"""Tiny HTML helpers: every dynamic value goes through ``esc`` (article text is untrusted)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

_SLUG = re.compile(r"[^a-z0-9]+")


def esc(value: object) -> str:
    """Escape text for element content and double- or single-quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def attrs(**values: object) -> str:
    """`` name="value"`` pairs; None/False drop the attribute, True writes it bare.

    A trailing underscore lets Python keywords through (``class_``); other
    underscores become dashes (``aria_label`` -> ``aria-label``).
    """
    out = []
    for key, val in values.items():
        if val is None or val is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(f" {name}" if val is True else f' {name}="{esc(val)}"')
    return "".join(out)


def tag(name: str, body: str = "", **values: object) -> str:
    """An element whose ``body`` is already-safe HTML."""
    return f"<{name}{attrs(**values)}>{body}</{name}>"


def link(href: str, text: object, **values: object) -> str:
    return tag("a", esc(text), href=href, **values)


def slug(text: str) -> str:
    """A stable, id-safe fragment for free text such as an outlet name."""
    return _SLUG.sub("-", text.casefold()).strip("-") or "x"


def ul(items: Iterable[str], **values: object) -> str:
    body = "".join(f"<li>{i}</li>" for i in items)
    return tag("ul", body, **values) if body else ""


def shorten(text: str | None, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
