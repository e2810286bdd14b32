"""A clause joined by ", and" to a dub's own voice credit ("in the Polish version Tom's voice is
Kai Lund's, and Mira is voiced by Ana Ruiz") goes on naming that dub's voices, not the work's
cast; a dub told without a voice before the "and", or the original named after it, leaves the
voice a casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Corrow Bay wraps its second season"
_LEDE = "Corrow Bay, the animated drama, has finished recording its second season."


def test_a_voice_joined_to_a_dubs_voice_credit_is_no_casting() -> None:
    for sentence, pair in (
        (
            "Abroad it is as loved — in the Swedish version the voice of Tomas belongs to Oskar"
            " Lindqvar, and Mira is voiced by Elin Brask-Holm.",
            ("Elin Brask-Holm", "Mira"),
        ),
        (
            "In the Polish dub Tomas is voiced by Jerzy Kowalczan, and Mira is voiced by Ola"
            " Wierzbicka.",
            ("Ola Wierzbicka", "Mira"),
        ),
    ):
        assert pair not in served_pairs(facts(_LEDE, sentence, title=_TITLE)), sentence


def test_a_dub_told_without_a_voice_before_and_stays_a_casting() -> None:
    sentence = "The series will be dubbed into Polish, and Mira is voiced by Femke Oostrum."
    assert ("Femke Oostrum", "Mira") in served_pairs(facts(_LEDE, sentence, title=_TITLE))


def test_the_original_named_after_and_stays_a_casting() -> None:
    sentence = (
        "In the Polish dub Tomas is voiced by Jerzy Kowalczan, and in the original Mira is"
        " voiced by Femke Oostrum."
    )
    assert ("Femke Oostrum", "Mira") in served_pairs(facts(_LEDE, sentence, title=_TITLE))
