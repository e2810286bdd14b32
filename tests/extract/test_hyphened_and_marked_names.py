"""Names whose given name has a lower-case second syllable ("Min-seo Park") or whose letters carry
combining accents ("Ọ̀ṣúnṣọ̀"): read whole, never cut at the hyphen or the mark."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_given_name_with_a_lower_case_syllable_is_read_whole() -> None:
    found = facts(
        "Season three of Harbour Lights is directed by Min-seo Park and Anouk Vermeer, and "
        "produced by Tessa Quill.",
    )
    assert credits(found) == {
        ("director", "Min-seo Park"),
        ("director", "Anouk Vermeer"),
        ("producer", "Tessa Quill"),
    }
    found = facts("The Lantern Street pilot will be directed by Hye-rin Cho, Lumen said.")
    assert ("director", "Hye-rin Cho") in credits(found)
    assert ("director", "Hye") not in credits(found)


def test_a_later_name_word_with_a_lower_case_syllable_is_read_whole() -> None:
    found = facts("The Tidewater Girls is directed by Seo Ji-woo and written by Ahn Bo-ra.")
    assert ("director", "Seo Ji-woo") in credits(found)
    assert ("writer", "Ahn Bo-ra") in credits(found)
    assert all(name not in {"Seo Ji", "Ahn Bo"} for _, name in credits(found))
    found = facts("Director Han Yu-na said the ferry scenes were the hardest to light.")
    assert ("director", "Han Yu-na") in credits(found)


def test_combining_accents_stay_in_the_name() -> None:
    name = "Adéwálé Ọ̀ṣúnṣọ̀"
    found = facts(f"The film is directed by Tolu {name}, who also wrote the script.")
    assert ("director", f"Tolu {name}") in credits(found)


def test_a_word_after_a_hyphen_is_no_part_of_the_name() -> None:
    found = facts("The Oscar-winning Carys Tolland is directed by Bram Okafor in the film.")
    assert all("Oscar" not in name for _, name in credits(found))
    found = facts("The Okafor-led Harbour Lights crew is produced by Tessa Quill.")
    assert ("producer", "Tessa Quill") in credits(found)
