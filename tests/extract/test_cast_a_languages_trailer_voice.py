"""A language's trailer or teaser that voices a part ("a Spanish-language trailer in which Tom
is voiced by X", "the Dutch teaser, where Mira is voiced by Y") names a dub's voice, not the
work's player; a trailer in which the part is voiced with no language named stays a casting
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Live: Corrow Bay is out now on Vela"
_LEDE = "Corrow Bay, the animated sequel, arrived on Vela at 8am."


def test_a_languages_trailer_voice_is_no_casting() -> None:
    for sentence, pair in (
        (
            "There is some confusion about a Spanish-language trailer in which Tomas is voiced"
            " by Íñigo Barral-Sáez.",
            ("Íñigo Barral-Sáez", "Tomas"),
        ),
        (
            "Fans have found a Dutch-language teaser in which Mira is voiced by Femke Oostrum.",
            ("Femke Oostrum", "Mira"),
        ),
    ):
        assert pair not in served_pairs(facts(_LEDE, sentence, title=_TITLE)), sentence


def test_a_trailer_voice_with_no_language_stays_a_casting() -> None:
    sentence = "The new trailer, in which Mira is voiced by Femke Oostrum, is out today."
    found = facts(_LEDE, sentence, title=_TITLE)
    assert ("Femke Oostrum", "Mira") in served_pairs(found)
