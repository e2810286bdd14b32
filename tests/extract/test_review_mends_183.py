"""Review mends of rounds 183-184: the same kind of sentence written another way, and ordinary
sentences the new rules must not misread. Invented text."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import credits, facts, release_dates, served_pairs

_SHOOT_TITLE = "On set with Harrow Bell"
_SHOOT_LEDE = "Harrow Bell, the new Quayside mystery, is out next spring."


def test_a_shoot_that_has_run_on_into_a_month_has_not_wrapped() -> None:
    for said in (
        "Filming began in June and has continued into October.",
        "The shoot started in June and has now gone on well into October.",
        "The shoot started in June and has already stretched into October.",
    ):
        found = release_dates(_SHOOT_LEDE, said, date="2025-10-20", title=_SHOOT_TITLE)
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), said


def test_a_shoot_that_ran_into_a_month_still_wrapped_then() -> None:
    found = release_dates(
        _SHOOT_LEDE,
        "Filming began in June and had continued into October before the unit moved on.",
        date="2026-01-20",
        title=_SHOOT_TITLE,
    )
    assert ("filming_wrapped", "2025-10", False) in found


def test_a_shoot_told_by_other_verbs_of_running_on_wrapped_in_the_month() -> None:
    for verb in ("stretched well into", "spilled over into", "dragged on into"):
        found = release_dates(
            _SHOOT_LEDE,
            f"The shoot got under way on 9 June 2025 and {verb} October.",
            date="2026-01-20",
            title=_SHOOT_TITLE,
        )
        assert ("filming_wrapped", "2025-10", False) in found, verb


_ORDER_TITLE = "Channel 5 orders Fenwick Lane"
_ORDER_LEDE = "Channel 5 has ordered Fenwick Lane, an eight-part drama set on a Suffolk farm."


def test_a_season_guessed_as_likely_is_hedged() -> None:
    found = release_dates(
        _ORDER_LEDE,
        "Fenwick Lane will air in 2029, likely autumn.",
        date="2028-03-02",
        title=_ORDER_TITLE,
    )
    assert ("window", "2029-09/2029-11", True) in found
    assert ("window", "2029-09/2029-11", False) not in found


_CAST_LEDE = "The Corrach drama has started shooting, the studio said on Tuesday."


def test_a_co_writer_is_not_whom_the_pronoun_means() -> None:
    found = facts(
        _CAST_LEDE,
        "The lead of Corrach was chosen by co-writer Élise Varnay-Holt last winter. She plays "
        "Morna Keel, a lighthouse keeper.",
    )
    assert ("Élise Varnay-Holt", "Morna Keel") not in served_pairs(found)


_QUOTE_LEDE = "Salt Orchard, directed by Marit Fennick, opened the Lisk festival on Saturday."


def test_who_has_labeled_it_in_us_spelling_is_the_clauses_persons() -> None:
    quotes = {
        q.text: (q.speaker, q.source)
        for q in facts(
            _QUOTE_LEDE,
            'Fennick wrote the script with Jonah Abelard, who has labeled it "a farce with '
            'knives".',
        ).quotes
    }
    assert quotes["a farce with knives"] == ("Jonah Abelard", SourceKind.PERSON)


_SHOOTING_LEDE = "The Corrach film has started shooting, the studio said on Tuesday."


def test_a_run_in_a_staging_named_by_year_place_or_kind_is_the_theatres() -> None:
    for staging in (
        "an off-Broadway Lear",
        "a 2021 West End revival",
        "a regional theatre staging",
        "an Edinburgh Fringe show",
    ):
        found = facts(
            _SHOOTING_LEDE,
            f"Bram Okonkwo-Leith, who lately ended a run as Edgar in {staging}, plays Fenn Arrow.",
        )
        assert ("Bram Okonkwo-Leith", "Edgar") not in served_pairs(found), staging


_DUB_LEDE = "The Corrach film opens in Spain this week, the studio said on Tuesday."


def test_a_dub_list_led_by_another_trade_is_not_the_cast() -> None:
    for trade in ("dubbing artist", "singer"):
        found = facts(
            _DUB_LEDE,
            f"The Spanish dub features {trade} Inés Caldera as Morna and Pau Serrat as Fenn.",
        )
        served = served_pairs(found)
        assert not any(actor in {"Inés Caldera", "Pau Serrat"} for actor, _ in served), trade


_LINE_LEDE = "Pennock Reach, the ITV drama starring Sorcha Ní Bhriain, ends its run on Sunday."


def test_a_line_in_a_work_told_with_other_speaking_verbs_is_the_works() -> None:
    for told in (
        "The one I keep is a line from the last episode, uttered by Ailie (Sorcha Ní Bhriain) "
        "to her father, that lands every time:",
        "A line in the finale, said by Ailie to her father, that fans still quote:",
    ):
        found = facts(_LINE_LEDE, f"{told} “Nobody drowns in a harbour they know.”")
        assert not any(q.served and q.text.startswith("Nobody drowns") for q in found.quotes)


_POST_LEDE = "Cold Fathom, a four-part mystery, starts on Channel 4 next month."


def test_our_post_told_with_our_own_outlet_is_no_credit_of_the_work() -> None:
    for said in (
        "Our producer is Wren Oyelaran-Bex, who also edits the podcast.",
        "Our executive producer is Wren Oyelaran-Bex, as ever on this station.",
    ):
        found = facts(_POST_LEDE, said, title="Talking Cold Fathom")
        assert not any(name == "Wren Oyelaran-Bex" for _, name in credits(found)), said


def test_our_post_told_without_an_outlet_is_still_the_works() -> None:
    found = facts(
        _POST_LEDE,
        "Who scored it? Our composer is Wren Oyelaran-Bex, who wrote it all for strings.",
        title="Talking Cold Fathom",
    )
    assert ("composer", "Wren Oyelaran-Bex") in credits(found)


_SLATE_LEDE = "Filming on Pennock Reach, the ITV drama starring Sorcha Ní Bhriain, began on Monday."


def test_other_pictures_of_a_slate_reading_words_are_not_the_posters_quote() -> None:
    for picture in ("screenshot", "still", "short clip"):
        found = facts(
            _SLATE_LEDE,
            f"Sorcha Ní Bhriain posted from her trailer and added a {picture} of a slate reading "
            "“PR – Scene 12”.",
        )
        assert not any(q.served and q.text.startswith("PR – Scene") for q in found.quotes)
