"""A newsletter's items on other shows: a headline naming only the medium ("Your TV week"), a
page declared a newsletter by its sign-up line, a title with an inner "the" ("a Mind the Gap
special"), and a next episode's topic told as "the return of" another show."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "The Dispatch: Your TV week, 4 March"


def _newsletter(first: str, third: str, *, crew: bool = False) -> set[tuple[str, str]]:
    """The served castings, and with ``crew`` the served credits as (name, role) too."""
    found = facts(
        "This week’s Dispatch: a Copper Sound date, Marrowfen’s first look, and the Easter"
        " specials.",
        "From the screens desk · Sign up to receive The Dispatch every Friday",
        "Hello again. Lots of dates this week.",
        "1. Copper Sound has a date",
        first,
        "2. Marrowfen: a first look",
        "Lumen released the first image from the Marrowfen film: Ada Vale’s Mira on a pier."
        " Kai Lund plays Tomas Reyes.",
        "3. The Easter specials",
        third,
        "That’s all from us.",
        date="2026-03-04",
        title=_TITLE,
    )
    credits = {(c.name, c.role.value) for c in found.crew if c.served} if crew else set()
    return served_pairs(found) | credits


def test_a_channels_own_show_under_a_tv_week_headline_is_another_works() -> None:
    found = _newsletter(
        "Apple TV+ has confirmed that season three of its heist drama will begin on 9 April, with"
        " Bea Lund back as Nell Quarry and Odo Bram as Saul Penrose.",
        "Nothing else this week.",
    )
    assert ("Bea Lund", "Nell Quarry") not in found
    assert ("Odo Bram", "Saul Penrose") not in found
    assert ("Kai Lund", "Tomas Reyes") in found


def test_a_listed_item_that_names_no_work_of_ours_is_another_works() -> None:
    found = _newsletter(
        "Nothing new on Copper Sound yet.",
        "BBC Four’s Easter lineup includes a Mind the Gap special and a two-part adaptation of"
        " The Salt Ledger, starring Wren Castell as Edie Marsh. Directed by Odo Bram.",
        crew=True,
    )
    assert ("Wren Castell", "Edie Marsh") not in found
    assert ("Odo Bram", "director") not in found
    assert ("Kai Lund", "Tomas Reyes") in found


def test_the_return_of_another_show_is_that_shows_casting() -> None:
    found = served_pairs(
        facts(
            "On this week’s Reel Talk, the Marrowfen producer explains the ending.",
            "Marrowfen, the Lumen film, wraps its story. Kai Lund plays Tomas Reyes.",
            "Next week: the hosts tackle the return of Copper Sound, with Bea Lund back as Nell"
            " Quarry.",
            title="Podcast: Marrowfen’s producer on the ending",
        )
    )
    assert ("Bea Lund", "Nell Quarry") not in found
    assert ("Kai Lund", "Tomas Reyes") in found
    ours = served_pairs(
        facts(
            "Marrowfen is back for more.",
            "Fans celebrated the return of Marrowfen, with Kai Lund back as Tomas Reyes.",
            title="Marrowfen returns",
        )
    )
    assert ("Kai Lund", "Tomas Reyes") in ours


def test_the_return_of_an_actor_as_a_part_is_a_casting() -> None:
    found = served_pairs(
        facts(
            "Marrowfen starts shooting.",
            "Lumen’s update confirms the return of Bea Lund as Nell and Odo Bram as Saul.",
            title="Marrowfen starts shooting",
        )
    )
    assert ("Bea Lund", "Nell") in found
