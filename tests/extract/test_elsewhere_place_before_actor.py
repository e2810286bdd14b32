""" "Tarnby actor X": a capitalised word before "actor" that the article uses nowhere else is as
likely where the actor is from as the part: held when the article casts the actor as another
part; one the article uses again as a part is served (:mod:`bot.extract.epithets`)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_word_used_only_before_actor_is_held() -> None:
    found = facts(
        "Tarnby actor Wenna Lusk on playing a ferry pilot in the new drama Quaymoor.",
        "Lusk plays Mabyn Roscoe, who runs the last ferry across the estuary.",
    )
    assert ("Wenna Lusk", "Mabyn Roscoe") in served_pairs(found)
    assert ("Wenna Lusk", "Tarnby") not in served_pairs(found)


def test_a_word_the_article_uses_again_is_served() -> None:
    found = facts(
        "Tressick actor Wenna Lusk talked about the new drama Quaymoor at the launch.",
        "Tressick is the ferry pilot who finds the wreck in episode one.",
    )
    assert ("Wenna Lusk", "Tressick") in served_pairs(found)
