"""Where a finding links to: fragments inside the one-file report, or web-app paths."""

from __future__ import annotations

from urllib.parse import quote

from sourcetrace.report.data import Evidence
from sourcetrace.report.html import slug


class Links:
    """Links inside the self-contained report: everything is a ``#fragment``."""

    def page(self, name: str) -> str:
        return f"#{name}"

    def article(self, article_id: str) -> str:
        return f"#art-{article_id}"

    def evidence(self, ev: Evidence) -> str:
        return f"#{ev.key}"

    def claim(self, claim_id: str) -> str:
        return f"#claim-{claim_id}"

    def speaker(self, speaker_id: str) -> str:
        return f"#spk-{speaker_id}"

    def outlet(self, name: str) -> str:
        return f"#outlet-{slug(name)}"


class AppLinks(Links):
    """Links between the web app's pages; same anchors, on their own pages."""

    def __init__(self, root: str = "") -> None:
        self.root = root.rstrip("/")

    def page(self, name: str) -> str:
        return f"{self.root}/" if name == "overview" else f"{self.root}/{name}"

    def article(self, article_id: str) -> str:
        return f"{self.root}/articles/{quote(article_id, safe='')}"

    def evidence(self, ev: Evidence) -> str:
        return f"{self.article(ev.article)}#{ev.key}"

    def claim(self, claim_id: str) -> str:
        return f"{self.root}/claims/{quote(claim_id, safe='')}"

    def speaker(self, speaker_id: str) -> str:
        # A page of its own, so a source can be bookmarked and shared.
        return f"{self.root}/speakers/{quote(speaker_id, safe='')}"

    def outlet(self, name: str) -> str:
        return f"{self.root}/outlets/{slug(name)}"
