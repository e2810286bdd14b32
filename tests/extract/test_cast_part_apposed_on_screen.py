"""An actor introduced by the part with where it is played ("Dario Fenn, Ada Holt in the
series, said ...", "Mina Tzur – Rory's sister Ada on screen – wrote ...", "Laszlo Grunewald,
the film's Oren Vask, shared ...") is cast in it; "who played X in the series" is no such
apposition."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_part_in_the_series_after_the_name() -> None:
    found = facts(
        "Filming has wrapped on the Tollmere Row film.",
        "Dario Fenn, Ada Holt in the series, said goodbye on Instagram.",
    )
    assert ("Dario Fenn", "Ada Holt") in served_pairs(found)


def test_relation_and_part_on_screen_between_dashes() -> None:
    found = facts(
        "Filming has wrapped on the Tollmere Row film.",
        "Mina Tzur – Rory’s sister Ada on screen – wrote a long goodbye.",
    )
    assert ("Mina Tzur", "Ada") in served_pairs(found)


def test_the_films_part_after_a_handle() -> None:
    found = facts(
        "Filming has wrapped on the Tollmere Row film.",
        "Laszlo Grunewald (@laszlo.g), the film’s Oren Vask, shared a clip.",
    )
    assert ("Laszlo Grunewald", "Oren Vask") in served_pairs(found)


def test_who_played_in_the_series_is_no_apposition() -> None:
    found = facts(
        "The Tollmere Row film has begun shooting.",
        "Tamsin Orwell, who played Bea Lund in the series, does not appear in the film.",
    )
    assert ("Tamsin Orwell", "Bea Lund") not in served_pairs(found)


def test_the_films_part_kept_when_the_sentence_also_says_playing() -> None:
    found = facts(
        "Filming has wrapped on the Quarrystone Bend film.",
        "Orla Dunmere (@orla.d), the film’s Wren Kestley, shared a clip, playing a guitar.",
    )
    assert ("Orla Dunmere", "Wren Kestley") in served_pairs(found)
