"""One person on a crew duty: "X is back on music duties", "Y takes on directing duties"
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_back_on_music_duties_is_the_composer() -> None:
    found = facts("Filming starts in May, and Priya Castellan is back on music duties.")
    assert ("composer", "Priya Castellan") in credits(found)


def test_takes_on_directing_duties_is_the_director() -> None:
    found = facts("Olu Brandt takes on directing duties for the second run.")
    assert ("director", "Olu Brandt") in credits(found)


def test_handled_casting_duties_is_the_casting_director() -> None:
    found = facts("Bea Lindgren handled casting duties, as on the first series.")
    assert ("casting_director", "Bea Lindgren") in credits(found)


def test_music_duties_on_another_named_show_give_nothing() -> None:
    found = facts(
        "Copper Bay starts filming in May.",
        "Elsewhere, Priya Castellan handles music duties on the BBC drama Marsh Lights.",
        title="Copper Bay: what we know",
    )
    assert ("composer", "Priya Castellan") not in credits(found)


def test_returns_to_music_duties_is_the_composer() -> None:
    found = facts("Priya Castellan returns to music duties after a year away.")
    assert ("composer", "Priya Castellan") in credits(found)
