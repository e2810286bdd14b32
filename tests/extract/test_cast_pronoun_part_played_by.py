"""A part described in one sentence and "She is played by X" in the next: the pronoun is the
part. Only one described full name before, in the same paragraph, settles it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_meet_a_described_part_then_she_is_played_by() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "This season viewers will meet Perpetua Voss, the town's brisk new vet. She is played by "
        "Edda Marlowe, who trained as a dancer in Leeds.",
    )
    assert ("Edda Marlowe", "Perpetua Voss") in served_pairs(found)


def test_introduces_a_described_part_then_he_will_be_played_by() -> None:
    found = facts(
        "Harrow Lane: the new faces.",
        "The second series introduces Abner Quaile, a retired lighthouse keeper. He will be "
        "played by Tobias Hale.",
    )
    assert ("Tobias Hale", "Abner Quaile") in served_pairs(found)


def test_two_full_names_before_leave_it_unread() -> None:
    found = facts(
        "Harrow Lane: the new faces.",
        "Ruth Ansel wrote in Abner Quaile, a retired lighthouse keeper. He is played by "
        "Tobias Hale.",
    )
    assert not served_pairs(found)


def test_a_known_person_before_is_no_part() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "Priya Castellan said the shoot was hard.",
        "We spoke to Priya Castellan, the show's creator. She is played by Edda Marlowe.",
    )
    assert ("Edda Marlowe", "Priya Castellan") not in served_pairs(found)
