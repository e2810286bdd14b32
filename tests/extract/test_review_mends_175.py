"""Review mends of round 175: a shelf's "from today" or a sentence telling an earlier showing
dates no release; a work named after its heroine and owned by its maker, or said to be a film,
is no part though the article shortens the name; what only a work gets (a release) names no
part; a shot's clause of its own keeps a director's quote. Invented names and titles throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts, served_pairs

_TITLE = "Brackenlow review – a quiet farewell"


def _days(sentence: str) -> set[dt.date | None]:
    found = facts(
        "A lede about farewells.", sentence, "The cast are warm.", date="2026-05-08", title=_TITLE
    )
    return {r.date for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_shelf_from_today_dates_no_release() -> None:
    assert _days("Brackenlow is on DVD from today, with a commentary track.") == set()
    assert _days("Brackenlow, on Digital from today, comes with a making-of.") == set()


def test_an_earlier_showing_in_the_sentence_dates_no_release() -> None:
    assert (
        _days("Brackenlow, on Streamory from today, was first shown on Channel Nine in 2019.")
        == set()
    )


def test_a_platform_from_today_still_dates_the_release() -> None:
    assert _days("Brackenlow is available on Streamory from today.") == {dt.date(2026, 5, 8)}


def _pairs(*paragraphs: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts("Quillmere follows two brothers.", "Iver Toll plays their father.", *paragraphs)
    )


def test_a_makers_work_named_after_its_heroine_is_no_part() -> None:
    assert not _pairs(
        "Director Sabeth Orrin’s Tovenne Lumb has a running time of two hours.",
        "Tovenne’s story is simple.",
    )


def test_an_owned_name_said_to_be_a_film_is_no_part() -> None:
    assert not _pairs(
        "Sabeth Orrin’s Tovenne Lumb is a 2019 film about a singer. Tovenne’s story is simple."
    )


def test_an_owned_shortened_name_still_names_a_part() -> None:
    assert ("Sabeth Orrin", "Tovenne Lumb") in _pairs(
        "Tovenne’s bookshop is the film’s best set.",
        "Sabeth Orrin’s Tovenne Lumb has about six lines.",
    )


def test_what_only_a_work_gets_names_no_part() -> None:
    assert not _pairs("Sabeth Orrin’s Wendlow finally gets a UK release in June.")


def test_a_parts_doings_after_an_adverb_still_name_the_part() -> None:
    assert ("Sabeth Orrin", "Tovenne") in _pairs(
        "Sabeth Orrin’s Tovenne, sadly, dies in the second episode."
    )
    assert ("Sabeth Orrin", "Tovenne") in _pairs(
        "Sabeth Orrin’s Tovenne finally gets a happy ending."
    )


def _quotes(sentence: str) -> list[tuple[str, bool]]:
    found = facts(
        "Quillmere, directed by Sabeth Orrin, follows two brothers.", sentence, "It opens in June."
    )
    return [(q.speaker, q.served) for q in found.quotes]


def test_a_clause_of_their_own_after_a_shot_keeps_the_directors_quote() -> None:
    assert _quotes(
        "In the sequel shot in Wales, director Sabeth Orrin explains: “We wanted rain.”"
    ) == [("Sabeth Orrin", True)]
    assert _quotes("In the scene she is proudest of, Sabeth Orrin explains: “We wanted rain.”") == [
        ("Sabeth Orrin", True)
    ]


def test_a_line_spoken_in_one_shot_is_still_no_quote() -> None:
    assert not any(
        served for _, served in _quotes("In one shot she tells her son: “We leave at dawn.”")
    )
