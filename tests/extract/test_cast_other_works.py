"""Castings told of another work in passing are not this film's, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Copper Bay adds two names to its cast."
_OURS = "Mira Quell will play Juno Hart in Copper Bay."


def test_another_work_told_in_the_past_with_whom_it_starred() -> None:
    for text, pair in (
        (
            "The channel's last coastal drama, Gullwing, aired in spring 2021 with Dora Penn "
            "as Agatha Lowe.",
            ("Dora Penn", "Agatha Lowe"),
        ),
        (
            "Its previous feature, Lantern Row (2019), starred Silas Orme as Bea Cutter.",
            ("Silas Orme", "Bea Cutter"),
        ),
        (
            "Crime serial Fen Light filmed on the quay in 2022, with Tova Rees starring as the "
            "harbourmaster Ivo Dane.",
            ("Tova Rees", "Ivo Dane"),
        ),
        (
            "It follows Ember Hall, which ran in May with Noel Cray as the keeper Hal Brisk.",
            ("Noel Cray", "Hal Brisk"),
        ),
    ):
        found = pairs(facts(_LEDE, _OURS, text))
        assert ("Mira Quell", "Juno Hart") in found
        assert pair not in found


def test_a_part_set_in_another_work_or_a_dub_or_that_series() -> None:
    for text, pair in (
        (
            "Quell, who plays the heroine, Lise Marron, in Les Ombres Douces, posted a photo.",
            ("Mira Quell", "Lise Marron"),
        ),
        ("Quell plays the young nun Ada Brill on that series.", ("Mira Quell", "Ada Brill")),
        (
            "In the Italian dub, in which Pia Conti voices Juno, the jokes are new.",
            ("Pia Conti", "Juno Hart"),
        ),
        (
            "Also there was Rue Anders, who stars as the medium Mrs Kell in the touring revival "
            "of Hay Fever.",
            ("Rue Anders", "Mrs Kell"),
        ),
    ):
        found = pairs(facts(_LEDE, _OURS, text))
        assert ("Mira Quell", "Juno Hart") in found
        assert pair not in found


def test_our_own_film_told_the_same_ways_keeps_its_castings() -> None:
    found = pairs(
        facts(
            _LEDE,
            "Oren Blake, who plays the captain, Tobias Wren, in Copper Bay, waved to fans.",
            "Copper Bay filmed on the quay in March, with Lena Ruse starring as Kit Farrow.",
            title="Copper Bay: first look at the cast",
        )
    )
    assert ("Oren Blake", "Tobias Wren") in found
    assert ("Lena Ruse", "Kit Farrow") in found


def test_who_had_been_playing_then_also_left_is_a_former_actor() -> None:
    for text in (
        "Nia Sorrel, who had been playing Juno’s aunt Bett, has also left the film.",
        "Nia Sorrel, who plays the aunt Bett, has since left the production.",
    ):
        found = facts(_LEDE, text)
        assert [(c.actor, c.character, c.status.value) for c in found.cast] == [
            ("Nia Sorrel", "Bett", "former")
        ]
