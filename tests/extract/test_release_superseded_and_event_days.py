"""Days served as the premiere that the article itself tells as something else: a day only
reported before the article's own replaced it, a day told after the release is fronted as still
to come, and a day a correction page retracts; and "with an eye on" a year hedges it. Invented
articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillmere: everything we know"
_LEDE = "The Vessendal drama Quillmere has a date."


def _found(*sentences: str, title: str = _TITLE) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, *sentences, date="2026-01-20", title=title)


def test_a_reported_day_the_articles_own_replaced_is_not_served() -> None:
    found = _found(
        "Quillmere will stream on Streamly from Friday 17 April 2026, the streamer confirmed.",
        "Several outlets reported earlier this month that the film would arrive on 10 April.",
    )
    assert found == {("premiere_date", "2026-04-17", False)}


def test_a_reported_day_alone_is_still_served_as_reported() -> None:
    found = _found("Two outlets reported that Quillmere would arrive on 10 April.")
    assert ("premiere_date", "2026-04-10", False) in found


def test_a_day_after_the_release_fronted_as_to_come_is_no_premiere() -> None:
    found = _found(
        "Quillmere arrives on Streamly on Friday 17 April.",
        "Before its streaming debut, the film will close Larkfest in Dunmarrow on 21 March.",
    )
    assert found == {("premiere_date", "2026-04-17", False)}


def test_a_release_day_inside_the_fronted_phrase_is_the_premiere() -> None:
    found = _found("Ahead of its release on 17 April, the cast toured Dunmarrow.")
    assert ("premiere_date", "2026-04-17", False) in found


def test_a_day_the_correction_page_says_the_article_gave_is_not_served() -> None:
    found = _found(
        "An article published on 6 January contained several errors.",
        "The article said Quillmere would air from Sunday 1 March. Vessendal has not yet"
        " confirmed a transmission date.",
        title="Correction: Quillmere",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_a_year_with_an_eye_on_it_is_a_hedged_window() -> None:
    found = _found("Quillmere shoots in Dunmarrow from April, with an eye on a 2027 release.")
    assert ("window", "2027", True) in found


def test_keeping_an_eye_on_a_streamer_hedges_nothing() -> None:
    found = _found("Keep an eye on Streamly, where Quillmere lands in 2027.")
    assert ("window", "2027", False) in found
