"""A sentence that tells a type of work, not a work ("The film that arrives quietly, gets
talked about in September and then wins everything."): its month is the type's habit, never a
window for ours. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Awards race: can Gorse Hollow go the distance?"
_LEDE = "Every season has one."


def _windows(*paragraphs: str) -> set[tuple[str, str, bool]]:
    kinds = release_kinds(_LEDE, *paragraphs, date="2026-01-14", title=_TITLE)
    return {kind for kind in kinds if kind[0] == "window"}


def test_a_type_of_work_told_in_the_present_dates_nothing() -> None:
    assert not _windows(
        "The film that arrives without a campaign, gets mentioned politely in September, and "
        "then refuses to leave the conversation. This year it is Gorse Hollow."
    )
    assert not _windows("A drama that lands in the spring, wins over critics and fades by May.")
    assert not _windows("The kind of series that drops in January and is forgotten by March.")


def test_a_work_told_with_its_own_year_keeps_its_window() -> None:
    assert _windows("Gorse Hollow arrives on Netflix in September 2026.") == {
        ("window", "2026-09", False)
    }


def test_the_time_of_an_event_words_were_said_at_dates_nothing() -> None:
    assert not _windows(
        "“We wanted it raw,” the director said at the film's Lisbon premiere in September."
    )
    assert not _windows("The drama was cheered at a fan screening in Leeds back in October.")


def test_our_work_named_by_what_it_does_keeps_its_date() -> None:
    title = "Quarrow Fen: everything we know"
    lede = "Quarrow Fen, the third film in the Dunmere saga, has a date."
    want = {("premiere_date", "2026-10-03", False)}
    for sentence in (
        "The film that closes the trilogy opens on 3 October.",
        "The drama that fans waited for arrives on 3 October.",
        "A thriller which ends the saga premieres on 3 October.",
    ):
        kinds = release_kinds(lede, sentence, date="2026-01-14", title=title)
        assert {kind for kind in kinds if kind[0] == "premiere_date"} == want, sentence
    kinds = release_kinds(
        lede,
        "A series which returns to Cornwall arrives in October.",
        date="2026-01-14",
        title=title,
    )
    assert {kind for kind in kinds if kind[0] == "window"} == {("window", "2026-10", False)}
