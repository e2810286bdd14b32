"""A film named by its director's count of features: "X’s second feature", "Y’s debut
feature" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_second_feature_in_the_lede_is_the_director() -> None:
    found = facts("Maud Keskin’s second feature drew a long ovation in Locarno on Friday night.")
    assert ("director", "Maud Keskin") in credits(found)


def test_debut_feature_in_apposition_to_the_title_is_the_director() -> None:
    found = facts(
        "Tonight in Bristol, Salt Meadow, Ilkka Voss’s debut feature, has its premiere.",
        title="Salt Meadow premiere live",
    )
    assert ("director", "Ilkka Voss") in credits(found)


def test_a_feature_role_or_a_titled_other_feature_is_no_director() -> None:
    found = facts(
        "It is Ruby Ansell’s second feature role since the series ended.",
        "Ilkka Voss’s debut feature Copper Glass was shot in Tallinn.",
        title="Salt Meadow premiere live",
    )
    assert ("director", "Ruby Ansell") not in credits(found)
    assert ("director", "Ilkka Voss") not in credits(found)


def test_a_counted_feature_in_a_line_up_is_held() -> None:
    found = facts(
        "Salt Meadow premieres in Locarno on Friday.",
        "Also screening: Maud Keskin’s second feature, about two sisters on a ferry.",
        title="Salt Meadow: the Locarno line-up",
    )
    assert ("director", "Maud Keskin") not in credits(found)


def test_a_counted_feature_apposed_to_another_title_is_held() -> None:
    found = facts(
        "Maud Keskin’s second feature, Copper Glass, is out in May.",
        title="Salt Meadow: the Locarno line-up",
    )
    assert ("director", "Maud Keskin") not in credits(found)


def test_a_first_feature_is_no_director_credit() -> None:
    found = facts("Ruby Ansell’s first feature drew a long ovation in Locarno on Friday night.")
    assert ("director", "Ruby Ansell") not in credits(found)


def test_our_title_then_the_second_feature_from_a_director() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Salt Meadow, the second feature from Maud Keskin, opens in June.",
        title="Salt Meadow wraps",
    )
    assert ("director", "Maud Keskin") in credits(found)


def test_another_title_then_the_debut_feature_from_someone_is_held() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Dry Creek, the debut feature from Ilkka Voss, won in Berlin.",
        title="Salt Meadow wraps",
    )
    assert ("director", "Ilkka Voss") not in credits(found)


def test_the_feature_from_a_described_director_is_that_director() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Salt Meadow, the second feature from Welsh director Maud Keskin, opens in June.",
        title="Salt Meadow wraps",
    )
    assert ("director", "Maud Keskin") in credits(found)
    assert ("director", "Welsh") not in credits(found)


def test_a_counted_feature_as_a_later_sentences_subject_is_held() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Maud Keskin’s second feature, which premiered at Cannes, is now streaming.",
        title="Salt Meadow wraps",
    )
    assert ("director", "Maud Keskin") not in credits(found)
