"""A round-up entry's heading that owns a script-something ("X’s script selfie"), a place
before a company ("with Tallinn-based Dubrava Film") and a credits label's comma-only list
("Executive producers: A, B, C.") (invented pages, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = "Marrowgate began filming in Kent on Monday."
_TAIL = "Filming on Marrowgate continues."
_TITLE = "Marrowgate: what we know"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    return served_credits(facts(*paragraphs, title=_TITLE))


def test_a_headings_script_something_is_no_writing_credit() -> None:
    found = _served(_LEDE, "Bram Kettleby’s script selfie", "He posted the first page.")
    assert ("writer", "Bram Kettleby") not in found


def test_a_script_named_by_its_writer_in_a_sentence_is_still_a_credit() -> None:
    assert ("writer", "Bram Kettleby") in _served(
        _LEDE, "Bram Kettleby’s script splits the story in two."
    )
    assert ("writer", "Bram Kettleby") in _served(
        _LEDE, "The cast read through Bram Kettleby’s own script"
    )


def test_a_place_before_a_hyphen_is_no_producer() -> None:
    found = _served(
        "Tullow Pictures produces Marrowgate in association with Tallinn-based Dubrava Film.",
        _TAIL,
    )
    assert not any(name.startswith("Tallinn") for _, name in found)


def test_people_producing_alongside_are_still_producers() -> None:
    found = _served(
        "Serafin Haskard produces Marrowgate, with Ida Corrigall and Tam Pellow.", _TAIL
    )
    assert {("producer", "Ida Corrigall"), ("producer", "Tam Pellow")} <= found


def test_a_labels_comma_list_runs_to_its_full_stop() -> None:
    found = _served(
        "Marrowgate is produced by Tullow Pictures. "
        "Executive producers: Bram Kettleby, Serafin Haskard, Ida Corrigall.",
        _TAIL,
    )
    assert {
        ("executive_producer", "Bram Kettleby"),
        ("executive_producer", "Serafin Haskard"),
        ("executive_producer", "Ida Corrigall"),
    } <= found


def test_a_name_after_by_and_a_comma_is_no_second_credit() -> None:
    found = _served("Marrowgate is directed by Bram Kettleby, Tallinn.", _TAIL)
    assert ("director", "Bram Kettleby") in found
    assert ("director", "Tallinn") not in found
