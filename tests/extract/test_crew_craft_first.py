"""Credits told with the craft first (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits_in(sentence: str) -> set[tuple[str, str]]:
    return credits(facts("Salt Meadow wrapped in May.", sentence, title="Salt Meadow wraps"))


def test_behind_the_camera_is_the_director() -> None:
    assert ("director", "Maud Keskin") in _credits_in("Behind the camera is Maud Keskin.")


def test_the_score_by_in_commas_is_the_composer() -> None:
    assert ("composer", "Lu Chen") in _credits_in("The score, by Lu Chen, is spare and cold.")


def test_the_music_comes_from_is_the_composer() -> None:
    assert ("composer", "Odile Marr") in _credits_in("The music comes from Odile Marr.")


def test_a_craft_first_credit_for_another_title_gives_nothing() -> None:
    found = _credits_in("The score, by Lu Chen for Dry Creek, won prizes.")
    found |= _credits_in("Behind the camera is Maud Keskin on Dry Creek.")
    assert not found


def test_as_are_after_a_credit_shares_it() -> None:
    found = _credits_in(
        "Yara Delmont and Nils Aukrust are executive producers, as are Solvang and Eskdale, "
        "who star as the twins Greta Solvang and Cormac Eskdale."
    )
    assert {
        ("executive_producer", "Yara Delmont"),
        ("executive_producer", "Nils Aukrust"),
    } <= found
    found = _credits_in("Greta Solvang is producer, as is Cormac Eskdale.")
    assert {("producer", "Greta Solvang"), ("producer", "Cormac Eskdale")} <= found


def test_as_are_after_another_works_credit_or_a_trade_shares_nothing() -> None:
    found = _credits_in(
        "Yara Delmont and Nils Aukrust were producers on Ember Quay, as are Greta Solvang and "
        "Cormac Eskdale."
    )
    assert ("producer", "Greta Solvang") not in found
    found = _credits_in("Yara Delmont was among the art directors, as was Cormac Eskdale.")
    assert ("director", "Cormac Eskdale") not in found
