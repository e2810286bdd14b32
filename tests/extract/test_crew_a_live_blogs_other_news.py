"""A live blog's entry that turns to other news after its time stamp, on invented articles:
"14:00 – Elsewhere: rival T, directed by X, ..." credits X with T, not the article's film."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Quillon Bay premiered in Competition at the festival on Friday."


def _directors(*texts: str) -> set[str]:
    found = facts(LEDE, *texts)
    return {c.name for c in found.crew if c.served and c.role.name == "DIRECTOR"}


def test_a_stamped_entry_that_turns_elsewhere_credits_the_other_film() -> None:
    assert not _directors(
        "14:00 – Elsewhere: Competition rival Der Sommerhof, directed by Idris Kell and starring "
        "Mira Solvang, screens at 16:00."
    )


def test_a_stamped_entry_about_our_film_keeps_its_credit() -> None:
    assert _directors("14:00 – Quillon Bay, directed by Sefa Harrow, screens again at 16:00.") == {
        "Sefa Harrow"
    }


def test_a_rivals_section_word_from_the_headline_names_no_film_of_ours() -> None:
    found = facts(
        "Rolling coverage from the festival, where Quillon Bay premiered on Friday.",
        "14:00 – Elsewhere: Competition rival Der Sommerhof, directed by Idris Kell, screens at "
        "16:00.",
        title="Festival live: Quillon Bay premieres in Competition – as it happened",
    )
    assert "Idris Kell" not in {c.name for c in found.crew if c.served}
