"""The grading rubric as a page: what each letter and digit means and how sources are
counted (the report's "Grades" section, the app's /grading; docs/grading.md says the same).

The letters and digits are ``provenance.grade``'s own words (``grade_legend``), so the page
cannot drift from what the grader does.
"""

from __future__ import annotations

from sourcetrace.provenance.grade import grade_legend
from sourcetrace.report.html import esc

INTRO = (
    "A grade describes how a claim is sourced in the analysed texts, never whether it is "
    "true. It has two parts, after the NATO/Admiralty system: a letter for the best "
    "primary source behind the claim, and a digit for how the claim stands across the "
    "whole corpus. B4, for example, is a named source speaking for an institution, and a "
    "claim that someone placed to know denies on the record."
)

COUNTING = (
    ("Reach is not corroboration",
     "An article that carries a claim is not a source of it. Outlets that relay what "
     "another outlet or a source said are relays; copies of one text (wire copies, "
     "re-posts, translations) count as one text however many sites carry them."),
    ("Independent sources",
     "A primary source is whoever is credited with the claim: a named person, an "
     "organisation, a document, an anonymous official. A state's unnamed voices "
     "(\"Washington\", \"the White House\", its anonymous officials) are one source; two "
     "outlets citing the same unnamed officials are one source, not two."),
    ("Denials",
     "A denial disputes a claim when it is on the record and comes from someone placed to "
     "know: a party to the claim, an official, an organisation. A commentator's doubt is "
     "shown but does not make a claim disputed. A party's denial is listed as interested."),
    ("Cannot be judged",
     "F and 6 mean the texts do not say enough: no source is stated, or no support can be "
     "read. They are not a failing grade of the claim."),
)


def rubric() -> str:
    letters, digits = grade_legend()
    rows_l = "".join(f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>"
                     for k, v in letters)
    rows_d = "".join(f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>"
                     for k, v in digits)
    counting = "".join(f"<dt>{esc(h)}</dt><dd>{esc(t)}</dd>" for h, t in COUNTING)
    return (
        f'<p class="note" role="note">{esc(INTRO)}</p>'
        '<div class="rubric"><table><caption>Source reliability: the letter</caption>'
        f"<tbody>{rows_l}</tbody></table>"
        '<table><caption>Information credibility: the digit</caption>'
        f"<tbody>{rows_d}</tbody></table></div>"
        f'<h3>How sources are counted</h3><dl class="counting">{counting}</dl>'
    )
