"""A part named after a long description, a description with an acronym, and a sentence that
opens on the work's kind, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Netflix’s Copper Bay is filming in Deal this week."


def test_a_part_named_after_a_long_description() -> None:
    for text, pair in (
        (
            "The drama stars Ines Rourke as Delphine Marr and Colm Hady as the courier she "
            "is paid to follow, Lucan Grey.",
            ("Colm Hady", "Lucan Grey"),
        ),
        (
            "Colm Hady plays the Irish forger her brother still trusts, Lucan Grey.",
            ("Colm Hady", "Lucan Grey"),
        ),
    ):
        assert pair in pairs(facts(_LEDE, text)), text


def test_a_description_with_an_acronym_before_the_part() -> None:
    for text, pair in (
        ("It stars Ines Rourke as CIA analyst Delphine Marr.", ("Ines Rourke", "Delphine Marr")),
        ("Colm Hady joins as NHS2 porter Lucan Grey.", ("Colm Hady", "Lucan Grey")),
    ):
        assert pair in pairs(facts(_LEDE, text)), text


def test_a_sentence_opening_on_the_works_kind_names_no_other_work() -> None:
    for text in (
        "Series stars Ines Rourke and Colm Hady, who play Delphine Marr and Lucan Grey, were "
        "not on set today.",
        "Film stars Ines Rourke and Colm Hady, who play Delphine Marr and Lucan Grey, skipped "
        "the read-through.",
    ):
        found = pairs(facts(_LEDE, text))
        assert ("Ines Rourke", "Delphine Marr") in found, text
        assert ("Colm Hady", "Lucan Grey") in found, text


def test_an_aside_on_what_viewers_know_the_actor_from() -> None:
    for text in (
        "Stage veteran Colm Hady, familiar to viewers as the barman in Kestrel Row, plays the "
        "harbour master, Lucan Grey.",
        "Colm Hady, familiar from Kestrel Row, will play Lucan Grey.",
    ):
        found = pairs(facts(_LEDE, text))
        assert ("Colm Hady", "Lucan Grey") in found, text


def test_a_part_told_as_that_person_then_named() -> None:
    for text in (
        "It stars Ines Rourke as Delphine Marr, whose husband vanishes, and Colm Hady as that "
        "husband, ferryman Lucan Grey.",
        "Ines Rourke plays Delphine Marr and Colm Hady plays that rival, Lucan Grey.",
    ):
        assert ("Colm Hady", "Lucan Grey") in pairs(facts(_LEDE, text)), text


def test_a_run_of_castings_by_is_with_an_aside_on_the_actor() -> None:
    for text in (
        "Ines Rourke will play Delphine Marr, a ferry pilot; Colm Hady, a 2019 drama graduate "
        "in his first screen role, is Lucan Grey, Delphine Marr’s lodger; and Bo Sand plays Kit.",
        "Colm Hady, an RADA graduate, is Lucan Grey, the harbour master.",
    ):
        assert ("Colm Hady", "Lucan Grey") in pairs(facts(_LEDE, text)), text


def test_a_role_noun_with_an_aside_is_no_casting_by_is() -> None:
    found = facts(_LEDE, "The producer, a former actor, is Ada Pell, the studio’s new head.")
    assert not pairs(found)


def test_a_name_after_a_description_of_someone_else_is_held() -> None:
    for text in (
        "Ines Rourke plays the widow of a drowned trawlerman, Delphine Marr.",
        "Ines Rourke stars as the daughter of the man who vanished, Delphine Marr.",
    ):
        found = facts(_LEDE, text)
        assert all(not c.served for c in found.cast), text
