"""An aside between an actor and their part that is a simile ("dry as a bone") or a past
participle ("discovered at an open audition in Cork"), on invented text: the part after it is
still the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def _pairs(text: str) -> set[tuple[str, str]]:
    return pairs(facts("Harbour Light starts filming in May.", text, title="Harbour Light cast"))


def test_a_simile_aside() -> None:
    for text in (
        "Mira Kovač, sharp as a tack, is a joy as Eda, the lodger upstairs.",
        "Rhys Bevan, cool as an iceberg, plays the harbour master Gethin.",
    ):
        found = _pairs(text)
        assert found & {("Mira Kovač", "Eda"), ("Rhys Bevan", "Gethin")}, (text, found)


def test_a_participle_aside() -> None:
    for text, expected in (
        (
            "Newcomer Saoirse Daly, discovered at an open audition in Cork, plays her niece Úna.",
            ("Saoirse Daly", "Úna"),
        ),
        (
            "Ola Brandt, raised in Bergen, will play the ferryman Lars.",
            ("Ola Brandt", "Lars"),
        ),
    ):
        assert expected in _pairs(text), text


def test_a_fresh_from_aside_keeps_the_part_after_it() -> None:
    found = facts(
        "Dessa Fenner and Rook Sorrell will lead Brine Hollow, ITV's new six-part drama.",
        "Fenner, fresh from her Olivier-nominated run in Medea Unbound at the Young Vic, plays "
        "Hattie Quillon, a lighthouse keeper.",
        "Sorrell, fresh off his turn in Ashfall, played Tam in the BBC's Kestrel Sound.",
        title="Brine Hollow: Dessa Fenner and Rook Sorrell to lead ITV drama",
    )
    assert ("Dessa Fenner", "Hattie Quillon") in served_pairs(found)
    assert ("Rook Sorrell", "Tam") not in pairs(found)
