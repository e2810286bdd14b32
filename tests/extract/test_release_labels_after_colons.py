"""Words after a colon that are no subtitle: a streaming list's label for a show's form
("Marrowgate: Limited Series – 8.3m") and a press release's contact line ("Studio Publicity:
Ada Vale"). Neither is served as a title; a true subtitle still is. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_HEADLINE = "Marrowgate: Netflix confirms the date"


def _titles(*paragraphs: str) -> set[str]:
    found = served_releases(*paragraphs, date="2026-05-06", title=_HEADLINE)
    return {r.title for r in found if r.kind.value == "title" and r.title}


def test_a_list_entrys_form_label_is_no_subtitle() -> None:
    titles = _titles(
        "Marrowgate topped the English-language TV list in its first week.",
        "The Top 10, week of 27 April",
        "1. Marrowgate: Limited Series – 8.3m",
        "2. Copperfold: Season 2 – 6.1m",
    )
    assert not any(":" in title for title in titles)


def test_a_contact_line_is_no_title() -> None:
    titles = _titles(
        "Netflix today confirmed Marrowgate will premiere on Friday 5 June 2026.",
        "PRESS CONTACTS",
        "Netflix Publicity: Ada Vale-Morrow",
        "Ridgeway Pictures Press Office: Tomas Ekwueme",
    )
    assert not any(":" in title for title in titles)


def test_a_true_subtitle_used_in_passing_is_still_the_title() -> None:
    assert _titles(
        "In Marrowgate: The Long Tide, which opens on Netflix on 5 June, the sisters finally "
        "sell the house.",
    ) == {"Marrowgate: The Long Tide"}
