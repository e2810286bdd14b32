"""A successor "replaces" a leaver whose clause first tells the leaver's hold on the part and
then the leaving ("replaces X, who was attached to the role until recently but has exited the
project"): the leaver is a former player of the successor's part, as "who left" already says."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs


def test_attached_but_has_exited() -> None:
    found = facts(
        "Pellow Row casting news.",
        "Ada Vale has been cast as Mira Holt, a ferry captain. Vale replaces Lena Moss, who was "
        "signed for the part over the winter and has since stepped away from the show.",
    )
    assert ("Lena Moss", "Mira Holt") in former_pairs(found)
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)


def test_announced_and_later_withdrew() -> None:
    found = facts(
        "Pellow Row casting news.",
        "Fenn Ozturk will play Tam Reddy. Ozturk replaces Ivo Marsh, who was announced for the "
        "part last year but has since withdrawn.",
    )
    assert ("Ivo Marsh", "Tam Reddy") in former_pairs(found)


def test_favourite_who_stayed_is_no_leaver() -> None:
    found = facts(
        "Pellow Row casting news.",
        "Ada Vale has been cast as Mira Holt. Vale replaces Lena Moss, who was the favourite "
        "but has taken another job on the film.",
    )
    assert ("Lena Moss", "Mira Holt") not in former_pairs(found)
