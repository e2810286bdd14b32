"""A profile that names its subject by surname alone in the sentence before a pronoun casting:
"Vale, 31, is the star of Marlow. She plays Mira Holt" means the one person the surname
belongs to, as "Ada Vale is the star of Marlow. She plays Mira Holt" does; a surname that
belongs to two people, or a sentence naming a second person, leaves the pronoun unread."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

TITLE = "The quiet rise of Orla Vennick-Shaw"


def test_an_aged_surname_then_she_plays() -> None:
    found = facts(
        "Orla Vennick-Shaw is eating soup with the focus of a chess player.",
        "“Never read the call sheet hungry,” she says.",
        "Vennick-Shaw, 31, is the star of The Marlow Light, the BBC's new drama. She plays "
        "Wilma Stour, a ferry pilot who finds a stranger on her deck.",
        title=TITLE,
    )
    assert ("Orla Vennick-Shaw", "Wilma Stour") in served_pairs(found)


def test_a_surname_after_an_opening_then_he_plays() -> None:
    found = facts(
        "Tobi Okanlawon orders a coffee and then apologises for it.",
        "“I know, it's late for coffee,” he says.",
        "For most viewers, Okanlawon will be the new face of Marlow this spring. He plays Ellis "
        "Varden, a cellist who lodges with the vicar.",
        title="Tobi Okanlawon: the long road to Marlow",
    )
    assert ("Tobi Okanlawon", "Ellis Varden") in served_pairs(found)


def test_a_surname_beside_another_full_name_is_not_read() -> None:
    found = facts(
        "Tobi Okanlawon orders a coffee and then apologises for it.",
        "“I know, it's late for coffee,” he says.",
        "Okanlawon met Ruairi Dunleavy on the first day of the shoot. He plays Ellis Varden, a "
        "cellist who lodges with the vicar.",
        title="Tobi Okanlawon: the long road to Marlow",
    )
    assert ("Tobi Okanlawon", "Ellis Varden") not in pairs(found)


def test_a_surname_two_people_share_is_not_read() -> None:
    found = facts(
        "Tobi Okanlawon and his sister Kemi Okanlawon arrive together at the café.",
        "“We always do interviews in pairs,” she says.",
        "Okanlawon is the star of Marlow this spring. She plays Ellis Varden, a cellist who lodges "
        "with the vicar.",
        title="The Okanlawons on Marlow",
    )
    assert ("Tobi Okanlawon", "Ellis Varden") not in pairs(found)
    assert ("Kemi Okanlawon", "Ellis Varden") not in pairs(found)


def test_a_parts_surname_is_no_one_the_pronoun_means() -> None:
    found = facts(
        "Marlow follows Orla Vennick-Shaw as Wilma Stour, a ferry pilot.",
        "“Hester never sits still,” she says.",
        "On the deck, Crane is always working. She plays Ellis Varden's sister in flashbacks, "
        "and plays Ada Penrose too.",
        title="Marlow: the ferry drama",
    )
    assert ("Wilma Stour", "Ada Penrose") not in pairs(found)
    assert ("Wilma Stour", "Ellis Varden") not in pairs(found)


LEDE = "Copper Bay, the new drama from Netflix, is in production."


def _cast(*paragraphs: str) -> set[tuple[str, str]]:
    return pairs(facts(LEDE, *paragraphs, date="2026-03-15", title="Copper Bay"))


def test_a_person_brought_in_after_the_surname_is_whom_the_pronoun_may_mean() -> None:
    for before, after in (
        ("Copper Bay is directed by Tom Reed.", "Reed, 41, cast his sister. She plays Mira Holt."),
        ("Tom Reed grew up by the sea.", "After the shoot, Reed hired a newcomer. She plays "
         "Mira Holt."),
        ("Tom Reed grew up by the sea.", "Reed brought in his old friend for the part. He plays "
         "Pip Lowe."),
    ):  # fmt: skip
        assert not {p for p in _cast(before, after) if p[0] == "Tom Reed"}, after


def test_a_surname_that_is_not_the_subject_is_not_read() -> None:
    for after in (
        "Netflix hired Reed, 41, last year. He plays Pip Lowe.",
        "The studio says it wanted Reed from the start. He plays Pip Lowe.",
    ):
        assert ("Tom Reed", "Pip Lowe") not in _cast("Tom Reed grew up by the sea.", after), after


def test_a_title_of_any_length_after_the_surname_is_no_second_person() -> None:
    for after in (
        "Moss, 31, is the star of Tin Lid. He plays Pip Lowe.",
        "Moss, 31, is best known for Tin Lid. He plays Pip Lowe.",
        "Moss is the breakout star of Tin Lid. He plays Pip Lowe.",
        "Born in Leeds, Moss trained at RADA. He plays Pip Lowe.",
        "The film is Tin Lid, and it is the reason Moss, 31, is on our cover. He plays Pip Lowe.",
    ):
        assert ("Kai Moss", "Pip Lowe") in _cast("Kai Moss grew up by the sea.", after), after
