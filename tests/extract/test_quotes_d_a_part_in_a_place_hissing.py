"""In a clip's round-up, an actor "as" a part, where the part is, then a participle into the
words ("Ada as Rue in a bar, hissing “...”"): the part's line in the work, not the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Gannet Row: first-look clip"


def test_a_part_in_a_place_hissing_is_a_line_of_the_work() -> None:
    found = facts(
        "Kestle Trewin plays Lowen Carbis in Gannet Row, the BBC drama.",
        "First-look clip! Merrin Tamsworth as Lowen’s aunt Wenna Polkerris in a kitchen,"
        " hissing “You left us first, Lowen.” Chilling.",
        title=_TITLE,
    )
    assert not any(text.startswith("You left us") for text, _ in served_quotes(found))
