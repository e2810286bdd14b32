"""Release: a reveal of some other title (an episode's, a season's, a chapter's) told about a
production whose full name is known already. The headline quotes that full name, every word of it
reads as ours, and the short name is used alone too; the full name is the production's existing
name, not a revealed title, so nothing is served. A reveal of our production's own title still
serves the new name. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(title: str, *paragraphs: str) -> set[str | None]:
    found = facts(*paragraphs, date="2026-03-02", title=title)
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


def test_a_reveal_of_a_parts_title_serves_no_title() -> None:
    for headline, body in (
        (
            "‘Marrowby Tides’ finale: the BBC reveals the title of the last episode",
            (
                "The BBC has revealed the title of the last episode of Marrowby Tides, the "
                "Marrowby follow-up series. Marrowby fans had guessed it for weeks, and the "
                "Marrowby faithful are thrilled."
            ),
        ),
        (
            "“Marrowby Tides” season two: ITV announces the title of the opening chapter",
            (
                "ITV announced the title of the opening chapter of the new Marrowby run. "
                "Marrowby Tides returns in May, and Marrowby readers will know the name."
            ),
        ),
        (
            "‘Marrowby Tides’: Channel 4 confirms the name of the first episode",
            (
                "Channel 4 confirmed the title of the season premiere on Monday. Marrowby Tides "
                "is the Marrowby spin-off, and Marrowby viewers will meet the new crew."
            ),
        ),
    ):
        assert _titles(headline, body) == set(), headline


def test_a_reveal_that_names_the_full_name_itself_serves_no_title() -> None:
    titles = _titles(
        "‘Marrowby Tides’: Sky reveals the title at last",
        "Sky has revealed the title of Marrowby Tides’ closing film, to the delight of Marrowby "
        "fans. The Marrowby cast return in June.",
    )
    assert titles == set()


def test_a_reveal_of_our_films_title_still_serves_the_new_name() -> None:
    titles = _titles(
        "‘Marrowby Tides’: first look at the Sky film",
        "The Marrowby film has a name at last. Sky has revealed the title of the movie.",
        "Marrowby Tides follows the pair to the coast, and the Marrowby cast return.",
    )
    assert titles == {"Marrowby Tides"}


def test_a_reveal_clause_giving_the_full_name_as_the_title_still_serves_it() -> None:
    titles = _titles(
        "‘Marrowby Tides’: everything we know about the Sky film",
        "Sky confirmed the title in May: the film is called Marrowby Tides. The Marrowby cast "
        "return, and Marrowby fans can expect tears.",
    )
    assert titles == {"Marrowby Tides"}
