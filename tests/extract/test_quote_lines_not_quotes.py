"""Words in marks that are no one's quote: a thing's name given by its maker, lettering on a prop
a person photographed, and a line a part speaks in a shot of the work."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Brindle Hollow, the new village drama, reaches screens this spring."


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_thing_named_by_its_maker_is_no_quote() -> None:
    served = _served(
        "The score by Ottoline Brack leans on brass, with a three-note phrase she calls"
        " “the tin chorus”, after the bells of the village church."
    )
    assert "the tin chorus" not in served


def test_what_someone_calls_a_thing_stays_theirs() -> None:
    served = _served("Ottoline Brack said the shoot was what she calls “a proper slog”.")
    assert "a proper slog" in served


def test_lettering_on_a_photographed_prop_is_no_quote() -> None:
    served = _served(
        "Filming wrapped this month. A runner posted a photo of a clapperboard marked"
        " “last morning” on Instagram."
    )
    assert "last morning" not in served


def test_a_line_spoken_in_a_shot_is_no_quote() -> None:
    served = _served(
        "Senna Vortigern is back as the innkeeper. In one shot she tells her daughter,"
        " “Nobody here owes you a thing.” The comments filled with tears."
    )
    assert "Nobody here owes you a thing." not in served


def test_words_said_in_one_interview_stay_the_speakers() -> None:
    served = _served(
        "In one interview last week, Senna Vortigern said, “I cried reading the last page.”"
    )
    assert "I cried reading the last page." in served


def test_what_someone_called_an_evening_after_a_place_stays_theirs() -> None:
    served = _served(
        "Ottoline Brack joined the hosts in the studio for what Brack called “the longest"
        " night of the year”."
    )
    assert "the longest night of the year" in served
