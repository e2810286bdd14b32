""" "X is back too, as Y": a comma between a return and the part it brings back still casts the
actor as that part; a comma before "as" and a speaker ("is back, as Z confirmed") casts no one."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Marrow Cove series three: everything we know"
_LEDE = "Marrow Cove returns to Channel 4 in the autumn."


def test_back_too_comma_as_part() -> None:
    found = facts(
        _LEDE,
        "Pilar Okonedo leads again as Wren Tallis. Desmond Fairlie is back too, as Wren’s uncle"
        " Bram.",
        title=_TITLE,
    )
    assert ("Desmond Fairlie", "Bram") in served_pairs(found)


def test_back_comma_as_full_name() -> None:
    found = facts(_LEDE, "Desmond Fairlie is back, as harbourmaster Bram Tallis.", title=_TITLE)
    assert ("Desmond Fairlie", "Bram Tallis") in served_pairs(found)


def test_back_comma_as_a_speaker_is_no_part() -> None:
    found = facts(
        _LEDE, "Desmond Fairlie is back, as Lorna Pike confirmed on Tuesday.", title=_TITLE
    )
    assert not {pair for pair in served_pairs(found) if pair[0] == "Desmond Fairlie"}


def test_comma_as_after_other_words_is_no_part() -> None:
    found = facts(_LEDE, "Desmond Fairlie is delighted, as Lorna Pike told us.", title=_TITLE)
    assert not {pair for pair in served_pairs(found) if pair[0] == "Desmond Fairlie"}


def test_a_lists_return_comma_as_parts_is_not_read_as_one() -> None:
    found = facts(
        _LEDE,
        "Pilar Okonedo, Nell Ashgrove and Desmond Fairlie are also back, as Wren Tallis, Sadie"
        " Crane and Bram Tallis.",
        title=_TITLE,
    )
    assert ("Desmond Fairlie", "Wren Tallis") not in served_pairs(found)


def test_back_comma_as_are_others_is_no_part() -> None:
    found = facts(
        _LEDE, "Desmond Fairlie is back, as are Nell Ashgrove and Pilar Okonedo.", title=_TITLE
    )
    assert ("Desmond Fairlie", "Nell Ashgrove") not in served_pairs(found)
