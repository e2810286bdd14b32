"""A line or a scene of the work "where" someone says the words, in the present a story is told
in, is the part's line, held; words someone said at an event stay their quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_the_line_where_a_part_says_is_held() -> None:
    found = facts(
        "Marrowfield is out on Palewick this week.",
        'Carys Oduya-Marsh plays Sergeant Ines Vell. The line where Ines says "The river keeps '
        'what it takes" will be on a tote bag by spring.',
    )
    assert served_quotes(found) == []


def test_a_line_for_him_where_he_says_is_held() -> None:
    found = facts(
        "Marrowfield is out on Palewick this week.",
        'TEODOR KALLIS: A little. Hollis wrote this line for me where he says, "I was never '
        'the brave one," and I had to put the script down.',
    )
    assert served_quotes(found) == []


def test_a_night_where_someone_said_stays_a_quote() -> None:
    found = facts(
        "Marrowfield is out on Palewick this week.",
        'There was a night where Hollis Varga said, "We are going to finish this film if it '
        'kills us," and nobody laughed.',
    )
    assert len(served_quotes(found)) == 1
