"""A staff line naming people after a colon ("Our desk at Harbour Hall: Ada Obi, Tom Reed") is
no subtitled title; a title's subtitle before more words still is."""

from __future__ import annotations

from bot.extract.release_person_subtitles import named_as_a_person


def test_a_staff_line_of_names_is_persons() -> None:
    chunk = "Our desk at Harbour Hall: Ada Obi, Tom Reed"
    assert named_as_a_person(chunk, "Harbour Hall: Ada Obi")


def test_a_staff_line_joined_by_and_is_persons() -> None:
    chunk = "Reporting from Quayside Rooms: Lia Moss and Jo Penn"
    assert named_as_a_person(chunk, "Quayside Rooms: Lia Moss")


def test_a_subtitle_with_its_article_before_names_is_a_title() -> None:
    chunk = "Starring in Wren Vale: The Long Night, Ada Obi, Tom Reed"
    assert not named_as_a_person(chunk, "Wren Vale: The Long Night")


def test_a_stopped_sentence_after_a_subtitle_is_a_title() -> None:
    chunk = "Fans of Wren Vale: Salt Winter, Ada Obi and Tom Reed wait."
    assert not named_as_a_person(chunk, "Wren Vale: Salt Winter")
