"""Three kinds of words that look like a casting and are none, or hide one:

* a breakout told with a past time between it and "as" ("broke out last year as Y", "found
  fame in 2019 as Y") is an earlier part, never one of this production;
* a title in brackets after a maker's job and name ("director Ada Vale (Salt Year)") is that
  maker's work, never a part;
* "a first look at X, played by A, and at B as Y": the second thing looked at is a casting,
  not a place "at" B."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs


def _parts(found: ArticleFacts) -> set[str]:
    return {f.character for f in found.cast}


def test_a_breakout_last_year_is_an_earlier_part() -> None:
    found = facts(
        "Corran Vey has joined the cast of Tidemark, the streamer's new thriller.",
        "Vey will play Aldous Crane, a disgraced harbourmaster.",
        "Vey, 27, broke out last year as Pim, the drifter at the heart of Channel 4's Brine, "
        "and is repped by Kelso Talent.",
    )
    assert ("Corran Vey", "Aldous Crane") in served_pairs(found)
    assert "Pim" not in _parts(found)


def test_fame_found_in_a_year_is_an_earlier_part() -> None:
    found = facts(
        "Marguerite Osei leads the cast of Tidemark.",
        "Osei plays Hester Lyle, a radio operator.",
        "Osei found fame in 2019 as Dot, the youngest sister in the sitcom Ten Rooms.",
    )
    assert ("Marguerite Osei", "Hester Lyle") in served_pairs(found)
    assert "Dot" not in _parts(found)


def test_a_bracket_after_a_filmmaker_is_the_makers_work() -> None:
    found = facts(
        "Piet Varga (Northern Lamps) and Sunniva Holt (Glasswork) are to lead Tidemark, the "
        "first English-language feature from Hungarian filmmaker Ilona Fekete (Szilva Utca), "
        "for Corvid Films.",
        "Fekete, whose Szilva Utca won in Karlovy Vary, wrote the script.",
        "Varga will play Emil Rusk, while Holt plays Agathe Rusk.",
    )
    assert "Szilva Utca" not in _parts(found)
    assert ("Piet Varga", "Emil Rusk") in served_pairs(found)


def test_a_bracket_after_a_director_is_the_directors_work() -> None:
    found = facts(
        "Tidemark reunites writer-director Hollis Brandt (Salt Year) with Quarry Pictures.",
        "Newcomer Juno Achebe plays Mara Quill.",
    )
    assert "Salt Year" not in _parts(found)
    assert ("Juno Achebe", "Mara Quill") in served_pairs(found)


def test_the_second_of_two_looked_at_is_a_casting() -> None:
    found = facts(
        "The first trailer for Tidemark is here.",
        "We get a look at Aldous Crane, played by Corran Vey, and at Rosalind Peake as Hester "
        "Lyle, a role she took over after Imelda Strand dropped out.",
    )
    served = served_pairs(found)
    assert ("Rosalind Peake", "Hester Lyle") in served
    assert ("Imelda Strand", "Aldous Crane") not in served


def test_a_peek_at_two_parts_keeps_the_second() -> None:
    found = facts(
        "Tidemark's first images offer a peek at Mara Quill, played by Juno Achebe, and at "
        "Tobias Wren as Captain Hale.",
    )
    assert ("Tobias Wren", "Captain Hale") in served_pairs(found)
