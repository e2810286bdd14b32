"""A chart's line ("Lumen: The Story So Far (special) – 3.1m") places a name; it reveals none.
A subtitled name on such a line that is not wholly the page's own work is another entry of the
chart, not the page's title; a subtitled name in a sentence of the page's news still is."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Marrowby Forever tops the streaming chart with 9.1m views"
_LEDE = "Marrowby Forever was the most-watched film on Lumen in its first full week."


def _served_titles(found: ArticleFacts) -> set[str]:
    return {f.title or "" for f in found.release if f.kind is ReleaseKind.TITLE and f.served}


def test_a_subtitled_name_on_a_chart_line_is_another_entry() -> None:
    found = facts(
        _LEDE,
        "TOP 4 FILMS, 20-26 APRIL",
        "1. Marrowby Forever — 9.1m views",
        "2. Gull Row — 6.0m",
        "3. Paper Kites — 4.2m",
        "4. Marrowby: The Road So Far (special) — 2.3m",
        "Marrowby Forever, the finale of the series, stars Kit Moss as Sam.",
        title=_TITLE,
    )
    assert "Marrowby: The Road So Far" not in _served_titles(found)


def test_a_subtitled_name_in_the_news_is_still_the_title() -> None:
    found = facts(
        "Lumen has revealed the name of the last Marrowby film.",
        "The film is titled Marrowby: The Road Home, Lumen said on Monday.",
        title="Last Marrowby film gets its name",
    )
    assert "Marrowby: The Road Home" in _served_titles(found)
