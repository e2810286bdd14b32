"""A takeover's part told by where the character studies or serves ("has taken over the role of
Carrowmere student Ilse Morrow"), on invented text: the capitalised place before the noun
describes; the part is the full name after it, for the new actor and the leaver."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs


def test_the_part_is_the_name_after_the_place_and_its_noun() -> None:
    found = facts(
        "Newcomer Tavi Pell has taken over the role of Carrowmere student Ilse Morrow in"
        " Streamly’s Brisk Harrow film after Roan Feddle exited over a scheduling conflict.",
        "Filming began in May.",
    )
    served = served_pairs(found)
    assert ("Tavi Pell", "Ilse Morrow") in served, served
    assert ("Roan Feddle", "Ilse Morrow") in former_pairs(found), found.cast
    assert not any(part == "Carrowmere" for _, part in served), served


def test_a_one_word_part_then_a_time_stays_the_part() -> None:
    found = facts(
        "Tavi Pell took over the role of Wystan last month, replacing Roan Feddle.",
        "Filming began in May.",
    )
    assert ("Tavi Pell", "Wystan") in served_pairs(found), found.cast
    assert ("Roan Feddle", "Wystan") in former_pairs(found), found.cast
