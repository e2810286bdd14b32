"""Review mends of round 185: the same kind of sentence written another way, and ordinary
sentences the new rules must not misread. Invented text."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, pairs, release_dates, served_credits, served_pairs

_CAST_TITLE = "Everything we know about Gorse Hollow"
_CAST_LEDE = "Gorse Hollow, the new moorland thriller, starts filming in Cumbria next month."


def test_a_part_fronted_with_voicing_casts_the_voice_after_is() -> None:
    found = facts(
        _CAST_LEDE, "Voicing Pell is Tamsin Oakridge, the Welsh comedian.", title=_CAST_TITLE
    )
    assert ("Tamsin Oakridge", "Pell") in served_pairs(found)
    assert not any(actor.startswith("Voicing") for actor, _ in pairs(found))


def test_a_dubs_voice_led_by_words_on_its_trade_is_the_dubs() -> None:
    for sentence in (
        "The Hungarian dub features veteran actor Bence Halmi as Pell.",
        "The Hungarian dub stars pop singer Bence Halmi as Pell.",
        "The Hungarian dub stars rapper Bence Halmi as Pell.",
    ):
        found = facts(_CAST_LEDE, "Tamsin Oakridge voices Pell.", sentence, title=_CAST_TITLE)
        assert ("Bence Halmi", "Pell") not in served_pairs(found), sentence
        assert ("Tamsin Oakridge", "Pell") in served_pairs(found), sentence


def test_a_clause_joined_to_a_dubs_voice_told_any_way_is_the_dubs() -> None:
    for sentence in (
        "In the Hungarian version Pell's voice is Bence Halmi's, and Wren is voiced by Dora Kis.",
        "Bence Halmi voices Pell in the Hungarian dub; and Wren is voiced by Dora Kis.",
    ):
        found = facts(_CAST_LEDE, sentence, title=_CAST_TITLE)
        assert ("Dora Kis", "Wren") not in served_pairs(found), sentence


def test_a_clause_joined_back_to_the_original_is_the_works() -> None:
    sentence = (
        "Bence Halmi voices Pell in the Hungarian dub; and in the original Wren is voiced by"
        " Dora Kis."
    )
    assert ("Dora Kis", "Wren") in served_pairs(facts(_CAST_LEDE, sentence, title=_CAST_TITLE))


def test_an_aside_set_off_by_spaced_hyphens_casts_the_part() -> None:
    sentence = "Tamsin Oakridge - who plays Pell - said the moor was bitterly cold."
    assert ("Tamsin Oakridge", "Pell") in served_pairs(
        facts(_CAST_LEDE, sentence, title=_CAST_TITLE)
    )


def test_an_aside_on_a_part_in_another_work_casts_nothing() -> None:
    sentence = "Tamsin Oakridge - who plays Pell in Saltcote - said the moor was bitterly cold."
    assert ("Tamsin Oakridge", "Pell") not in pairs(facts(_CAST_LEDE, sentence, title=_CAST_TITLE))


def _wraps(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2025-11-19", title="Kestle Moor is done")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "filming_wrapped"}


def test_a_wrap_after_any_news_label_is_the_shoot() -> None:
    for said in (
        "UPDATE: production on Kestle Moor ended last week.",
        "Exclusive: filming on Kestle Moor wrapped last week.",
        "Good news: Kestle Moor wrapped last week in Skye.",
    ):
        assert _wraps(said) == {"2025-11"}, said


def test_a_name_before_a_colon_is_no_label() -> None:
    assert not _wraps("Kestle Moor returns in spring.", "Salt Lantern: filming wrapped last week.")


def test_a_wrap_under_the_channels_possessive_after_the_is_the_shoot() -> None:
    assert _wraps("The BBC’s Kestle Moor finished shooting this week.") == {"2025-11"}
    assert not _wraps(
        "Kestle Moor returns in spring.", "The BBC’s Salt Lantern finished shooting this week."
    )


_SHOOT_TITLE = "On set with Kestle Moor"
_SHOOT_LEDE = "Kestle Moor, the new moorland thriller, is out next spring."


def _shoot(said: str, date: str = "2025-10-20") -> set[tuple[str, str, bool]]:
    return release_dates(_SHOOT_LEDE, said, date=date, title=_SHOOT_TITLE)


def test_the_shoots_last_day_told_another_way_is_the_wrap() -> None:
    for said in (
        "Filming's last day came in May.",
        "The last day of the shoot arrived in May.",
        "The final day of shooting, back in May, felt like a wake.",
    ):
        assert ("filming_wrapped", "2025-05", False) in _shoot(said), said


def test_the_shoots_last_day_to_come_is_no_wrap() -> None:
    for said in ("The final day of the shoot is in May.", "Filming's last day will come in May."):
        assert not any(kind == "filming_wrapped" for kind, _, _ in _shoot(said)), said


def test_a_shoot_that_overran_into_a_month_wrapped_then() -> None:
    found = _shoot("The shoot began on 2 June 2025 and overran into October.", date="2026-01-20")
    assert ("filming_wrapped", "2025-10", False) in found


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-03", title="Penhallow gets its date")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_a_window_one_report_gave_or_reports_said_is_held_beside_the_firm_day() -> None:
    firm = "Channel 4 has now confirmed that Penhallow will premiere on Sunday 9 August 2026."
    for said in (
        "An industry report last year suggested the drama could air in June 2026.",
        "Early reports said the drama would air in June 2026.",
    ):
        assert not _windows(said, firm), said


def test_a_post_behind_our_work_after_any_hyphened_word_credits_the_holder() -> None:
    for sentence in (
        "Ines Farrow, the Glasgow-raised editor behind Gorse Hollow, says the cut took a year.",
        "Ines Farrow, the award-winning editor behind Gorse Hollow, says the cut took a year.",
        "Ines Farrow, the São Paulo-born producer of Gorse Hollow, says it took a year.",
    ):
        found = served_credits(facts(_CAST_LEDE, sentence, title=_CAST_TITLE))
        assert any(name == "Ines Farrow" for _, name in found), sentence


def test_a_post_behind_another_work_or_yet_to_be_held_credits_no_one() -> None:
    for sentence in (
        "Ines Farrow, the award-winning editor behind Saltcote, says the cut took a year.",
        "Ines Farrow, the would-be director of Gorse Hollow, says it took a year.",
    ):
        found = served_credits(facts(_CAST_LEDE, sentence, title=_CAST_TITLE))
        assert not any(name == "Ines Farrow" for _, name in found), sentence


def test_a_production_shot_over_a_span_told_with_other_words_keeps_its_shoot() -> None:
    for said in (
        "The eight-part BBC drama was shot in Kendal between June and August.",
        "The new film was shot in Kendal between June and August.",
        "The film, Ines Farrow's second feature, was shot in Kendal between June and August.",
    ):
        found = _shoot(said)
        assert ("filming_started", "2025-06", False) in found, said
        assert ("filming_wrapped", "2025-08", False) in found, said


def test_an_earlier_film_or_a_titled_aside_shot_over_a_span_is_not_the_shoot() -> None:
    for said in (
        "The first film was shot in Kendal between June and August.",
        "The film, Saltcote, was shot in Kendal between June and August.",
    ):
        assert not any(kind.startswith("filming") for kind, _, _ in _shoot(said)), said


_POST_LEDE = "Fell Lantern, a four-part mystery, starts on Channel 4 next month."


def test_our_post_beside_a_verb_or_a_medium_is_still_the_works() -> None:
    for said in (
        "Who scored it? Our composer is Ines Farrow, and the series will broadcast in May.",
        "Who scored it? Our composer is Ines Farrow, whose themes you may hear on the radio.",
    ):
        found = facts(_POST_LEDE, said, title="Talking Fell Lantern")
        assert ("composer", "Ines Farrow") in credits(found), said


def test_our_post_beside_our_own_outlet_named_is_no_credit() -> None:
    said = "Our producer is Ines Farrow, who also edits our newsletter."
    found = facts(_POST_LEDE, said, title="Talking Fell Lantern")
    assert not any(name == "Ines Farrow" for _, name in credits(found))


_SLATE_HEADLINE = "The Friday Slate: Wheal Rose casts up; Gull Reach dated"
_SLATE_ITEMS = (
    "1. Wheal Rose finds its miners",
    "Penwith Pictures has cast its new six-part drama Wheal Rose, about a copper mine in 1870.",
    "The series is written by Hayle novelist Jory Pascoe and directed by Elowen Trask.",
    "2. Gull Reach returns 4 May",
    "The cosy crime hit Gull Reach is back for season two on Monday 4 May at 9pm.",
    "That's all for this week.",
)


def _slate_credits(lede: str) -> set[tuple[str, str]]:
    return served_credits(facts(lede, "By Tamsin Oakridge", *_SLATE_ITEMS, title=_SLATE_HEADLINE))


def test_a_lede_telling_a_work_by_its_kind_another_way_singles_out_neither() -> None:
    for lede in (
        "A Cornish mining drama gets its cast, Gull Reach finds a date, and more.",
        "This week, a Cornish mining drama gets its cast and Gull Reach finds a date.",
        "This week: Gull Reach finds a date, and a Cornish mining drama gets its cast.",
        "Inside: an eagerly awaited Cornish mining drama has found its cast; Gull Reach is dated.",
    ):
        assert ("director", "Elowen Trask") in _slate_credits(lede), lede


def test_a_lede_glossing_the_named_work_by_its_kind_still_sets_the_other_apart() -> None:
    lede = "This week: Gull Reach finds a date, a cosy crime drama about a harbour town."
    assert ("director", "Elowen Trask") not in _slate_credits(lede)


def test_a_stage_run_in_a_capitalised_theatre_or_on_a_citys_stage_is_the_theatres() -> None:
    for sentence in (
        "Tamsin Oakridge has just finished a run as Medea in the Royal Court Theatre production.",
        "Tamsin Oakridge has just finished a run as Medea on the London stage.",
    ):
        found = facts(_CAST_LEDE, sentence, title=_CAST_TITLE)
        assert ("Tamsin Oakridge", "Medea") not in pairs(found), sentence
