"""Dates the article itself says are not the release: a fake claim, an event's day, the month
the news was given."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def test_a_date_the_next_sentence_calls_fake_is_not_served() -> None:
    for paragraph in (
        "A poster claiming the film would arrive on 9 May spread online last week. It is fake. "
        "The studio says Copper Bay opens on 20 June.",
        "A leaked graphic said Copper Bay would land on 9 May. That was a hoax. "
        "The studio says Copper Bay opens on 20 June.",
        "An account posted that the series premieres on 9 May. It's not real. "
        "The studio says Copper Bay opens on 20 June.",
    ):
        found = release_kinds(paragraph, date="2026-03-02", title=_TITLE)
        assert ("premiere_date", "2026-05-09", False) not in found, paragraph
        assert ("premiere_date", "2026-06-20", False) in found, paragraph


def test_an_event_the_next_sentence_says_is_no_release_is_not_served() -> None:
    for paragraph in (
        "Fans asked about the cast livestream. The studio says it will stream on its channel on "
        "Saturday 9 May at 8pm. That is a Q&A, not a second release.",
        "Fans can join a watch-along on 9 May. This is a fan event, not the premiere.",
    ):
        found = release_kinds(paragraph, date="2026-03-02", title=_TITLE)
        assert ("premiere_date", "2026-05-09", False) not in found, paragraph
    found = release_kinds(
        "It is a Q&A, not the premiere, so please stop asking if the film is out on Saturday.",
        date="2026-05-05",
        title=_TITLE,
    )
    assert not any(kind == "premiere_date" for kind, _, _ in found)


def test_the_month_the_news_was_given_is_no_window() -> None:
    for sentence in (
        "The studio has confirmed Copper Bay is out on Friday 12 June, as announced in January.",
        "Copper Bay opens on 12 June, as first revealed in January.",
        "Copper Bay still opens on 12 June, the date announced back in January.",
    ):
        found = release_kinds(sentence, date="2026-03-02", title=_TITLE)
        assert ("premiere_date", "2026-06-12", False) in found, sentence
        assert not any(kind == "window" for kind, _, _ in found), sentence


def test_a_true_date_beside_a_fake_one_stays() -> None:
    found = release_kinds(
        "Copper Bay opens on 20 June. It is the studio's biggest film of the year.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-06-20", False) in found


def test_a_chart_neighbour_that_moves_keeps_its_own_date() -> None:
    found = release_kinds(
        "Lumen’s ‘Copper Bay’ has opened at the top of the streaming chart. It premiered on "
        "Friday 10 April.",
        "Ferrow’s ‘Night Ferry’, the thriller starring Ada Quill, slipped from first to fourth. "
        "The film, which landed on Ferrow on 27 March, spent two weeks at the top.",
        date="2026-04-20",
        title="Streaming chart: ‘Copper Bay’ opens at No 1",
    )
    assert ("premiere_date", "2026-04-10", False) in found
    assert ("premiere_date", "2026-03-27", False) not in found


def test_a_work_named_by_its_broadcaster_keeps_its_own_window() -> None:
    found = release_kinds(
        "‘Copper Bay’ leads the Harbour Critics’ nominations. It opens in cinemas on 27 February.",
        "Ferrow’s ‘Night Ferry’ was not eligible, as it does not launch on the service until "
        "April.",
        date="2026-01-20",
        title="‘Copper Bay’ leads Harbour Critics’ nominations",
    )
    assert ("premiere_date", "2026-02-27", False) in found
    assert not any(kind == "window" for kind, _, _ in found)
