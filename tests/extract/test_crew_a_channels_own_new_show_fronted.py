"""A channel's other show brought in with "its new ... drama" after the title, then credited with
the credit fronted and "it" ("Directed by X, it is expected to air ..."), is that show's
credit, not the article's (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Wrenfold trailer: five things we spotted"
_LEDE = "The full trailer for Wrenfold is here, and we have watched it a dozen times."


def test_a_fronted_credit_of_the_channels_new_drama_is_not_ours() -> None:
    crew = served_crew(
        _LEDE,
        "Wrenfold is directed by Odile Farrant.",
        "If you need something else to watch, Channel 9 has released its first look at Pellow"
        " Reach, its new coastal crime drama starring Olwynne Fenwray as a harbour master."
        " Directed by Edric Talland, it is expected to air later this year.",
        title=_TITLE,
    )
    assert ("director", "Odile Farrant") in crew
    assert ("director", "Edric Talland") not in crew
