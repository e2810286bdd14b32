"""A promotion said to be still missing and then coming ("No trailer yet: the channel says
that is coming “in the spring”") times the trailer, not the release; and a character who
"begins seeing" someone "in the autumn" in a review's synopsis is the story's time, not a
window of the release."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The Saltmarsh Choir is a new Brightwave drama from the makers of Tin Harbour."


def _windows(*paragraphs: str, date: str = "2032-01-20") -> set[str]:
    found = release_kinds(_LEDE, *paragraphs, date=date, title="The Saltmarsh Choir")
    return {window for kind, window, _ in found if kind == "window"}


def test_no_trailer_yet_then_that_is_coming_in_quoted_words_is_no_window() -> None:
    assert not _windows(
        "Pella Morrow directs. No trailer yet: Brightwave says that is coming “in the spring”, "
        "so stay tuned.",
    )


def test_no_teaser_so_far_then_one_will_drop_is_no_window() -> None:
    assert not _windows(
        "There is no teaser so far, but the studio says one will drop in March.",
    )


def test_still_no_first_look_then_it_arrives_is_no_window() -> None:
    assert not _windows(
        "Still no first look - the channel promises that it is arriving in the summer.",
    )


def test_no_trailer_yet_but_the_drama_lands_keeps_its_window() -> None:
    assert _windows(
        "No trailer yet, but Brightwave says the drama lands in the autumn.",
    ) == {"2032-09/2032-11"}


def test_a_character_who_begins_seeing_someone_in_the_autumn_is_no_window() -> None:
    assert not _windows(
        "Its best addition is Dr Vell, the counsellor Tamsin begins seeing in the autumn, "
        "played with dry wit by Orla Brisk.",
        date="2032-03-02",
    )


def test_a_widow_who_begins_courting_in_the_spring_is_no_window() -> None:
    assert not _windows(
        "Halfway through, Edda begins courting in the spring and the film finally breathes.",
        date="2032-01-02",
    )


def test_a_drama_that_begins_streaming_in_the_autumn_keeps_its_window() -> None:
    assert _windows(
        "The Saltmarsh Choir begins streaming in the autumn on Brightwave.",
        date="2032-03-02",
    ) == {"2032-09/2032-11"}
