"""Which routes want an article, and reading ``only`` and ``keywords``: pure functions."""

from __future__ import annotations

import pytest

from bot.alerts.routing import (
    KIND_OF_CHANGE,
    kind_choices,
    kinds_of,
    parse_keywords,
    parse_kinds,
    routes_wanting,
)
from bot.answers.alerts import AlertKind, AlertRoute, Change, ChangeKind, NewsItem
from bot.answers.errors import InvalidInput

MOVED = Change(ChangeKind.PREMIERE_MOVED, value="2032-02-27", previous="2032-02-13")
CAST = Change(ChangeKind.NEW_CAST, subject="Pim", value="Orla")


def item(*changes: Change) -> NewsItem:
    return NewsItem("a.txt", "A headline", None, "", changes)


def test_every_kind_of_whats_new_belongs_to_a_kind_of_news() -> None:
    assert set(KIND_OF_CHANGE) == set(ChangeKind)
    assert AlertKind.ARTICLES not in KIND_OF_CHANGE.values()


def test_an_articles_kinds_come_from_its_whats_new() -> None:
    assert kinds_of(item()) == {AlertKind.ARTICLES}
    assert kinds_of(item(MOVED, CAST)) == {AlertKind.ARTICLES, AlertKind.DATES, AlertKind.CAST}
    recast = Change(ChangeKind.RECAST, subject="Pim", value="Orla", previous="Ada")
    quotes = Change(ChangeKind.NEW_QUOTES, count=2)
    crew = Change(ChangeKind.NEW_CREW, subject="Ada", value="director")
    assert kinds_of(item(recast, quotes, crew)) == {
        AlertKind.ARTICLES,
        AlertKind.CAST,
        AlertKind.QUOTES,
        AlertKind.CREW,
    }


def test_a_route_takes_an_article_of_one_of_its_kinds() -> None:
    dates = AlertRoute(1, 10, kinds=frozenset({AlertKind.DATES}))
    everything = AlertRoute(1, 11)
    assert routes_wanting([dates, everything], item(MOVED), "") == [dates, everything]
    assert routes_wanting([dates, everything], item(CAST), "") == [everything]


@pytest.mark.parametrize(
    ("keywords", "text", "wanted"),
    [
        (("zoe",), "Zoë Okafor joins the cast.", True),
        (("ZOË",), "zoe okafor joins", True),
        (("Nick",), "Nick's first scene", True),
        (("film",), "Filming starts in June.", False),
        (("Nick Nelson",), "NICK   NELSON, played by Kit", True),
        (("Nick Nelson",), "Nick meets Nelson", False),
        (("première", "Tao"), "The film will premiere in 2032.", True),
        (("Hyde-Corrin",), "Cormac Hyde-Corrin returns", True),
        (("Hyde",), "Cormac Hyde-Corrin returns", False),
        (("Oseman’s",), "Alice Oseman's new book", True),
    ],
)
def test_keywords_match_whole_words_whatever_the_case_and_accents(
    keywords: tuple[str, ...], text: str, wanted: bool
) -> None:
    route = AlertRoute(1, 10, keywords=keywords)
    assert bool(routes_wanting([route], item(), text)) is wanted


def test_keywords_narrow_a_route_to_its_kinds_too() -> None:
    route = AlertRoute(1, 10, kinds=frozenset({AlertKind.CAST}), keywords=("Orla",))
    assert routes_wanting([route], item(CAST), "Orla will play Pim.") == [route]
    assert routes_wanting([route], item(MOVED), "Orla says the date moved.") == []


@pytest.mark.parametrize(
    ("typed", "kinds"),
    [
        ("dates", {AlertKind.DATES}),
        ("Date, CAST", {AlertKind.DATES, AlertKind.CAST}),
        ("quote crew", {AlertKind.QUOTES, AlertKind.CREW}),
        ("cast, articles", {AlertKind.ARTICLES}),
        ("article", {AlertKind.ARTICLES}),
    ],
)
def test_only_reads_kinds_singular_or_plural(typed: str, kinds: set[AlertKind]) -> None:
    assert parse_kinds(typed) == kinds


def test_an_unknown_kind_is_named_with_the_kinds_there_are() -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_kinds("dates, @everyone")
    assert refused.value.echo == "@everyone"
    assert "dates, cast, crew, quotes, articles" in str(refused.value)


def test_only_is_completed_with_the_kinds_not_yet_chosen() -> None:
    assert kind_choices("") == ["dates", "cast", "crew", "quotes", "articles"]
    assert kind_choices("cast, d") == ["cast, dates"]
    assert kind_choices("cast,") == ["cast, dates", "cast, crew", "cast, quotes", "cast, articles"]
    assert kind_choices("nonsense, q") == ["quotes"]


@pytest.mark.parametrize(
    ("typed", "keywords"),
    [
        ('premiere "Nick Nelson"', ("premiere", "Nick Nelson")),
        ("“Nick Nelson”, Tao,Elle", ("Nick Nelson", "Tao", "Elle")),
        ('"  spaced   phrase "', ("spaced phrase",)),
        ("Zoë zoe ZOE", ("Zoë",)),
        ('"unclosed phrase', ("unclosed phrase",)),
        ('"off"', ("off",)),
        ("off", ()),
    ],
)
def test_keywords_are_words_or_quoted_phrases(typed: str, keywords: tuple[str, ...]) -> None:
    assert parse_keywords(typed) == keywords


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("!!! ???", "no letter or digit"),
        ('""', "at least one keyword"),
        (" ".join(f"w{n}" for n in range(21)), "20 keywords at most"),
        ('"' + "x" * 61 + '"', "too long"),
    ],
)
def test_bad_keywords_are_refused_saying_why(typed: str, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        parse_keywords(typed)
