"""A fact in a few words, for moderators: held-fact cards, autocomplete labels, the log."""

from __future__ import annotations

from bot.answers.lookups import FactLine
from bot.corrections import FactKind
from bot.render.common import Style, in_words
from bot.render.release_words import statement


def line(fact: FactLine, style: Style) -> str:
    """ "Ezra Lockwood as Ida Vallance", "Mira Sol, executive producer", "Premiere: 3 May 2026",
    "“We start in May” — Mira Sol" (release statements told as ``/news show`` tells them)."""
    subject, detail = style.plain(fact.subject), style.plain(fact.detail)
    match fact.fact_id.kind:
        case FactKind.CAST:
            return f"{subject} as {detail}"
        case FactKind.CREW:
            return f"{subject}, {in_words(detail)}"
        case FactKind.RELEASE:
            if fact.release is None:  # a line built without its statement: its kind in words
                return in_words(subject).capitalize()
            return statement(fact.release, None, style)
        case FactKind.QUOTE:
            return f"“{subject}” — {detail or 'nobody named'}"
