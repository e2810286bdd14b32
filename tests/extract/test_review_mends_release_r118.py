"""Review 118-R's release findings on invented text: a clock-time drop, an "It" opening, a titled
aside, a home premiere, a newsletter's other items, a trailer aside and a "began on" run."""

from __future__ import annotations

from tests.extract.helpers import facts

_NEWS_TITLE = "The Reel: Lumenfield’s big night, Tarnwick’s return and the weekend list"
_NEWS_OPENING = "Good morning, and welcome to The Reel, your Friday guide to what is new."
_NEWS_TRAILER = "The trailer gives us a first look at Ana Vos as the new tutor, Dr Mara Hale."
_CAST_TITLE = "Tarn Key: Ada Perrin joins the cast"
_CAST_LEDE = "Ada Perrin has joined the cast of Kelpa’s Tarn Key, the coastal mystery."


def _served(*paragraphs: str, title: str, date: str = "2026-05-13") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.title)) for r in found.release if r.served}


def _clock(line: str) -> set[tuple[str, str]]:
    return _served(
        "Netflix’s Fellside, the Yorkshire thriller, has everyone talking.",
        line,
        "More as we get it.",
        title="Fellside: everything we know about Netflix’s new thriller",
    )


def test_a_clock_time_drop_of_something_of_ours_dates_no_premiere() -> None:
    assert _clock("The teaser for Fellside went live on YouTube at 4pm, to cheers.") == set()
    assert _clock("The Fellside score landed on Spotify at 9am.") == set()
    assert _clock("Once Fellside landed on Netflix at 8am, the reviews poured in.") == set()


def test_our_title_dropped_at_a_clock_time_still_dates_the_premiere() -> None:
    assert _clock("It’s here. Fellside dropped on Netflix at 8am UK time.") == {
        ("premiere_date", "2026-05-13")
    }


def _awards(line: str) -> set[tuple[str, str]]:
    return _served(
        "Few had Tarn Key on their awards list last summer.",
        line,
        "The winners are named in March.",
        title="How ‘Tarn Key’ went from sleeper to awards contender",
        date="2026-01-28",
    )


def test_it_opened_after_a_sentence_on_a_rival_is_the_rivals_opening() -> None:
    rival = "The closest challenger is Salt Marrow, a thriller from Lumen."
    assert _awards(f"{rival} It opened in UK cinemas on 9 October.") == set()
    assert _awards("Salt Marrow took the top prize. It opened in UK cinemas on 9 October.") == set()


def test_it_opened_alone_is_still_ours() -> None:
    assert _awards("It opened in UK cinemas on 9 October.") == {("premiere_date", "2025-10-09")}


def _untitled(line: str) -> set[tuple[str, str]]:
    return _served(
        "Ada Vale has joined the cast of Netflix’s untitled Yorkshire thriller from Ola Quist.",
        line,
        "More as we get it.",
        title="Ada Vale joins Netflix’s untitled Yorkshire thriller",
    )


def test_a_titled_aside_after_another_work_names_that_work() -> None:
    line = "Vale is also in a new comedy for Lumen. The movie, called Pebble Row, is out now."
    assert not any(kind == "title" for kind, _ in _untitled(line))


def test_a_titled_aside_opening_its_paragraph_names_ours() -> None:
    assert ("title", "Harrow Dale") in _untitled("The film, titled Harrow Dale, shoots in June.")


def test_a_home_premiere_before_another_territorys_stays() -> None:
    found = _served(
        "Kelpa’s Tarn Key, the coastal mystery, is the best thing on TV this spring.",
        "It premiered in Scotland on 4 May, and it arrives on Hulu in the US on 11 June.",
        "Tarn Key is on Kelpa now.",
        title="Tarn Key review: Kelpa’s coastal mystery is a treat",
    )
    assert ("premiere_date", "2026-05-04") in found


def _newsletter(first: str, heading: str, body: str) -> set[tuple[str, str]]:
    return _served(
        _NEWS_OPENING, first, _NEWS_TRAILER, heading, body, "That’s all for this week.",
        title=_NEWS_TITLE,
    )  # fmt: skip


def test_an_item_on_another_shows_order_or_finale_dates_nothing_of_ours() -> None:
    first = "1. Lumenfield says goodbye"
    body = "Dan Roe bows out as Sid Marsh on 5 June."
    assert _newsletter(first, "3. Sky cancels Harbour Row", body) == set()
    assert _newsletter(first, "3. Harbour Row’s final run has a date", body) == set()


def test_a_caps_newsletters_other_renewal_dates_nothing_of_ours() -> None:
    body = "Tom Bell will be back as Jack Lamb in a fifth series, out on 5 June."
    assert _newsletter("1. LUMENFIELD SAYS GOODBYE", "3. Sky renews Harbour Row", body) == set()
    assert _newsletter("1. Lumenfield says goodbye", "3. SKY RENEWS HARBOUR ROW", body) == set()


def test_the_film_after_another_works_teaser_is_that_work() -> None:
    found = _served(
        _CAST_LEDE,
        "The first look at Salt Marrow, her other film, is out. Lumen said that the film would "
        "arrive on 6 June.",
        "More as we get it.",
        title=_CAST_TITLE,
    )
    assert found == set()


def _season(line: str) -> set[tuple[str, str]]:
    served = _served(
        "Kelpa has confirmed a second season of Tarn Key, the coastal mystery.",
        line,
        "More as we get it.",
        title="Tarn Key season 2: everything we know",
    )
    return {fact for fact in served if fact[0] != "title"}  # the article's own title


def test_another_series_that_began_on_a_channel_dates_nothing_of_ours() -> None:
    assert _season("It adapts a stage show, which began on Kelpa Radio on 4 May.") == set()
    assert _season("The series began on Mull on 4 March, the crew said.") == set()
