"""Review mends of round 194, on invented text: where a rule of that round matched one
article's words, not the kind of writing, or would take or drop facts on ordinary sentences."""

from __future__ import annotations

from bot.extract.context import find_context
from bot.extract.doc_build import build_doc
from tests.extract.helpers import article, facts, release_kinds, served_crew, served_pairs

_CASTING = "Ada Vale will star in Harbour Lights, a new drama for Channel 4."


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_an_owned_company_in_a_statement_speaks_for_real() -> None:
    served = _served(
        _CASTING,
        "Vale set up her own company, Tidewater, last year. Ada Vale's Tidewater, in a statement"
        " on Tuesday, said “we are thrilled to be making this show with such a team”.",
    )
    assert served == ["we are thrilled to"]


def test_an_owned_company_asked_by_the_press_speaks_for_real() -> None:
    served = _served(
        _CASTING,
        "Vale set up her own company, Tidewater, last year. Ada Vale's Tidewater, asked about the"
        " delay, said “the scripts needed another pass and we gave them one”.",
    )
    assert served == ["the scripts needed"]


def test_an_owned_part_late_in_the_story_still_speaks_a_line() -> None:
    served = _served(
        "Opinion: why Harbour Lights stays with you.",
        "What stays is Ada Vale's Dessa, in the last scene, saying “we only ever had the one"
        " boat, didn't we?” and not crying.",
    )
    assert served == []


def test_a_platforms_maker_after_by_is_no_creator_credit() -> None:
    for sentence in (
        "The film is written and directed by YouTube creator Nell Avery.",
        "It is directed by TikTok creator Nell Avery, who has two million followers.",
    ):
        crew = served_crew(
            "Larkhollow, a horror film, starts shooting in Leeds next month.",
            sentence,
            title="Larkhollow: online star to make feature debut",
        )
        assert ("director", "Nell Avery") in crew, sentence
        assert ("creator", "Nell Avery") not in crew, sentence


def test_words_a_comment_names_its_favourite_line_or_quote_of_the_work_are_no_quote() -> None:
    for comment in (
        "Favourite line of the episode, easily.",
        "Honestly my favorite quote from the finale.",
        "Top line in the whole series.",
    ):
        served = _served(
            "Finale discussion thread: Harbour Lights",
            "u/saltwater_sam · 12 points",
            f"“Nobody rows out alone, not on my watch.” {comment}",
        )
        assert served == [], comment


def test_words_a_comment_calls_a_quote_of_the_year_stay_a_quote() -> None:
    served = _served(
        "Finale discussion thread: Harbour Lights",
        "u/saltwater_sam · 12 points",
        "Director Ines Vall told the podcast: “We shot the lighthouse in one night.” Quote of the "
        "year from the interview.",
    )
    assert served == ["We shot the lighth"]


def test_words_an_actors_character_voiced_in_the_past_tense_are_no_quote() -> None:
    served = _served(
        "Review: the lighthouse drama Harbour Lights ends its run.",
        "Mira Sobek played a keeper's daughter, and newcomer Tom Reyes played the ferryman.",
        "“You think the sea owes you something?” Sobek's character snapped on the quay, and I"
        " believed every word.",
    )
    assert served == []


def test_yesterday_in_an_update_labelled_updated_on_a_day_counts_from_that_day() -> None:
    found = release_kinds(
        "The shoot of Corrow Point, the Channel 4 drama from Hale Pictures, has slipped into"
        " April, a producer told us.",
        "Updated on 14 April: Filming began yesterday in Whitby, Channel 4 confirmed.",
        date="2026-03-30",
        title="Corrow Point shoot slips",
    )
    assert ("filming_started", "2026-04-13", False) in found
    assert ("filming_started", "2026-03-29", False) not in found


def _ours_under(title: str) -> frozenset[str]:
    body = (
        "Ada Vale sat down with us a week before Harbour Lights opens on Channel 4.",
        "Harbour Lights, a six-part drama, sees Vale play a lighthouse keeper's widow.",
    )
    return find_context(build_doc(article(*body, date="2026-10-10", title=title))).ours


def test_a_quoted_title_between_a_subject_and_her_talk_stays_ours() -> None:
    assert "Harbour" in _ours_under("Interview: Ada Vale, ‘Harbour Lights’ and the art of no")
    assert "Harbour" in _ours_under("Ada Vale on Bond, ‘Harbour Lights’ and going home")


def test_a_quoted_title_in_a_list_of_works_is_still_not_ours() -> None:
    assert "Harbour" not in _ours_under("Best of the week: Tidewater, ‘Harbour Lights’, Glass Hour")


def _cast_run(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts("The cast of Tidewater, a new BBC drama, has been announced.", sentence)
    )


def test_is_then_a_career_phrase_and_another_work_casts_no_part() -> None:
    for sentence in (
        "Ada Vale plays Dessa Moor, and Tom Reed is best known for Harbour Lights.",
        "Ada Vale plays Dessa Moor, and Tom Reed is still recovering from Glass Hour.",
        "Ada Vale plays Dessa Moor, and Tom Reed is set to join Glass Hour.",
    ):
        assert {actor for actor, _ in _cast_run(sentence)} == {"Ada Vale"}, sentence


def test_is_then_a_description_and_a_full_named_part_still_casts_it() -> None:
    pairs = _cast_run(
        "Ada Vale plays Dessa Moor, and Tom Reed is the scheming harbourmaster Olly Marr."
    )
    assert ("Tom Reed", "Olly Marr") in pairs
