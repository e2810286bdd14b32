"""A credit told of a work by its kind alone ("The film, directed by X") points back at the
work the sentence before names: another production's credit there is held, the article's own
is served (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Streamly’s coastal drama Quarrendon has its first trailer and a date in May."
_TITLE = "Quarrendon trailer: everything we learned"


def test_the_film_after_a_dated_older_title_is_that_films_credit() -> None:
    found = served_crew(
        _LEDE,
        "Viewers spotted a poster of Hobb Marsh (1971) on the wall of the pub. The film, "
        "directed by Odalys Penworth, is an obvious touchstone.",
        title=_TITLE,
    )
    assert ("director", "Odalys Penworth") not in found


def test_the_series_after_another_work_told_by_its_genre_is_held() -> None:
    found = served_crew(
        _LEDE,
        "Her night shoot was for Tessaly Brook, the six-part thriller in which she plays a "
        "detective. The series, created by Mirren Oakhurst and directed by Yusra Denholm, "
        "starts in March.",
        title=_TITLE,
    )
    assert not {("creator", "Mirren Oakhurst"), ("director", "Yusra Denholm")} & found


def test_the_film_after_the_articles_own_title_is_served() -> None:
    found = served_crew(
        _LEDE,
        "Streamly dropped the trailer for Quarrendon on Tuesday. The series, directed by "
        "Ciarán Velloway, lands in May.",
        title=_TITLE,
    )
    assert ("director", "Ciarán Velloway") in found
