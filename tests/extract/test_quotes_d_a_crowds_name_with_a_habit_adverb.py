"""A crowd's name for a thing, with how often it is used ("viewers sometimes call the show
“...”", "cast members jokingly call it “...”"): a nickname the writer reports, no one's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Editor Pim Aldous cut all six episodes of Gannet Row for Channel 4."


def test_viewers_sometimes_calling_the_show_a_name_is_no_quote() -> None:
    found = facts(
        _LEDE, "Viewers sometimes call the show “a cosy shipwreck”. Does that bother you?"
    )
    assert not any(text.startswith("a cosy") for text, _ in served_quotes(found))


def test_cast_members_fondly_calling_it_a_name_is_no_quote() -> None:
    found = facts(_LEDE, "Cast members fondly call it “the long Thursday”, and Aldous agrees.")
    assert not any(text.startswith("the long") for text, _ in served_quotes(found))


def test_a_person_who_sometimes_calls_the_show_a_name_keeps_the_quote() -> None:
    found = facts(
        _LEDE,
        "Aldous sometimes calls the show “a cosy shipwreck with jokes in it”, he said.",
    )
    assert any(text.startswith("a cosy") for text, _ in served_quotes(found))
