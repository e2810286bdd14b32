"""Review mends of round 186, on invented text: rules that matched one article's words widened
to the kind of sentence, and rules that fired on ordinary sentences narrowed."""

from __future__ import annotations

from bot.extract.pronoun_subjects import pronoun_subjects
from bot.facts import CastStatus
from tests.extract.helpers import TIN_VEIN_LEDE, facts, served_pairs, served_statuses


def test_a_casting_later_replaced_is_former_and_the_successor_current() -> None:
    for sentence in (
        "Hollis Quarne was announced as the heroine's uncle, Edwin Tallis, but was later"
        " replaced by Cadoc Vell after a diary clash.",
        "Hollis Quarne was originally cast as the heroine's uncle, Edwin Tallis, but has since"
        " been replaced by Cadoc Vell.",
        "Hollis Quarne was announced as Edwin Tallis, but was subsequently replaced by Cadoc Vell.",
    ):
        found = served_statuses(facts(TIN_VEIN_LEDE, sentence))
        assert found.get(("Hollis Quarne", "Edwin Tallis")) is CastStatus.FORMER, sentence
        assert found.get(("Cadoc Vell", "Edwin Tallis")) is CastStatus.CURRENT, sentence


_QUOTE_LEDE = "Oriel Mba-Sørensen talks about finishing Saltmarsh Light, the drama she leads."


def test_a_lowercase_word_then_a_comma_and_a_full_name_or_another_said_verb_is_quoted() -> None:
    for said in ("Oriel Mba-Sørensen says", "she admits", "she told us", "Mba-Sørensen recalls"):
        found = facts(
            _QUOTE_LEDE,
            "Oriel Mba-Sørensen has played the lighthouse keeper for two series. The winter"
            f' shoot on the causeway was "punishing", {said}.',
        )
        assert any(q.served and q.text == "punishing" for q in found.quotes), said


_CREW_LEDE = "Copper Bay, the BBC's new coastal thriller, has started filming in Whitby."


def _credits(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_CREW_LEDE, sentence).crew if c.served}


def test_the_production_told_with_a_modifier_credits_who_created_it() -> None:
    for sentence in (
        "The six-part series is written by Tobin Ashgrove, who created it.",
        "The BBC drama is written by Tobin Ashgrove, who also created it.",
    ):
        assert ("Tobin Ashgrove", "creator") in _credits(sentence), sentence


def test_an_original_series_told_by_its_kind_credits_no_creator() -> None:
    found = _credits("The original series was written by Tobin Ashgrove, who created it.")
    assert ("Tobin Ashgrove", "creator") not in found


def test_a_two_word_place_before_a_passive_credits_by_keeps_the_credit() -> None:
    for sentence in (
        "Copper Bay was edited in New York by Tobin Ashgrove.",
        "Copper Bay is being edited in São Paulo by Tobin Ashgrove.",
    ):
        assert ("Tobin Ashgrove", "editor") in _credits(sentence), sentence
    assert not any(
        n == "Tobin Ashgrove"
        for n, _ in _credits("Copper Bay was cast in New York by Tobin Ashgrove.")
    )


_SHOOT_LEDE = "Cold Harbour, the spy drama with Tova Reen, is a six-part series."


def _release(sentence: str) -> set[tuple[str, str]]:
    found = facts(_SHOOT_LEDE, sentence, date="2026-04-20", title="Cold Harbour: on set")
    return {(r.kind.value, str(r.date or r.window)) for r in found.release if r.served}


def test_a_leg_begun_told_otherwise_is_no_start_of_the_shoot() -> None:
    for sentence in (
        "The series began shooting its Leeds block on 3 March after six weeks in Hull.",
        "The crew began filming the Leeds leg of the shoot on 3 March.",
        "The Leeds leg of the shoot began on 3 March.",
        "Filming on the Leeds block began on 3 March.",
    ):
        assert ("filming_started", "2026-03-03") not in _release(sentence), sentence


def test_the_first_block_begun_is_the_start_of_the_shoot() -> None:
    assert ("filming_started", "2026-03-03") in _release(
        "The first block of filming began on 3 March."
    )


def test_the_last_day_of_filming_back_in_or_late_in_a_month_is_the_wrap() -> None:
    for sentence in (
        "The final day of filming was back in May.",
        "The last day of the shoot came in late May.",
        "Filming's last day arrived in mid-May.",
    ):
        found = facts(
            "Kestle Moor, the new moorland thriller, is out next spring.",
            sentence,
            date="2026-09-14",
            title="On set with Kestle Moor",
        )
        wraps = {
            str(r.window) for r in found.release if r.served and r.kind.value == "filming_wrapped"
        }
        assert wraps == {"2026-05"}, sentence


_JUDGE_OPENING = (
    "Shooting on Harrow Vale, the streaming drama, finished on Friday.",
    "Corwen Aldous, who plays Jory Fenn, grins. “I love this part,” he says.",
)


def test_a_named_subject_judging_by_another_verb_owns_the_words() -> None:
    for verb in ("applauds", "commends", "admires", "teases"):
        found = facts(
            *_JUDGE_OPENING,
            "Nell Ashby wrote the script, and Idris Pell directs. Aldous"
            f" {verb} him for “never sitting down” between takes.",
        )
        quote = next(q for q in found.quotes if q.text.startswith("never sitting"))
        assert quote.speaker == "Corwen Aldous", verb


_PART_LEDE = "Our pick of the week is Channel 4's new moorland thriller High Tarn."


def test_a_part_that_begs_vows_or_threatens_its_words_speaks_a_line() -> None:
    for verb in ("begs", "vows", "threatens", "declares", "growls"):
        found = facts(
            _PART_LEDE,
            "Ysolde Brannock-Hale is superb as DI Kit Marrable, back in the valley she fled."
            f" “Nobody leaves this farm,” Marrable {verb} in the first episode.",
        )
        assert not any(q.served and q.text.startswith("Nobody leaves") for q in found.quotes), verb


def test_an_actor_who_promised_her_words_in_an_interview_stays_quoted() -> None:
    found = facts(
        _PART_LEDE,
        "Ysolde Brannock-Hale is superb as DI Kit Marrable, back in the valley she fled."
        " “The wind never stopped,” Brannock-Hale promised when we spoke last week.",
    )
    assert any(q.served and q.text.startswith("The wind never") for q in found.quotes)


_ASKED_OPENING = (
    "On this week's Frame Talk, host Idony Crale talks to Fenwater creator Perpetua Lisle.",
    "The four-part drama starts on Sunday. “It took six years,” Lisle says.",
)


def test_an_answer_after_a_question_told_otherwise_is_the_one_asked() -> None:
    for paragraph in (
        "Crale wants to know what Lisle hopes viewers will feel. Her answer: “Quiet, then loud.”",
        "Crale ends by asking what Lisle hopes viewers will feel. Her reply is simple: “Quiet,"
        " then loud.”",
    ):
        found = facts(*_ASKED_OPENING, paragraph)
        quote = next(q for q in found.quotes if q.text.startswith("Quiet"))
        assert quote.speaker == "Perpetua Lisle", paragraph


_SHOT_LEDE = "Streamly has released the first teaser for its fen drama The Salt Lanes."


def test_a_part_in_a_shot_told_in_the_past_or_in_close_up_is_read() -> None:
    for sentence in (
        "The teaser opened with Aurelio Brandt-Nye’s Casper hurrying to the last ferry.",
        "It closed on Aurelio Brandt-Nye’s Casper hurrying to the last ferry.",
        "We get a close-up of Aurelio Brandt-Nye’s Casper hurrying to the last ferry.",
    ):
        found = served_pairs(facts(_SHOT_LEDE, sentence))
        assert ("Aurelio Brandt-Nye", "Casper") in found, sentence


def test_a_festival_opening_with_a_possessives_name_casts_no_one() -> None:
    for verb in ("opens", "opened"):
        found = served_pairs(
            facts(
                _SHOT_LEDE,
                f"The festival {verb} with Aurelio Brandt-Nye’s Marshlight playing to a packed"
                " house.",
            )
        )
        assert not any(actor == "Aurelio Brandt-Nye" for actor, _ in found), verb


def test_a_roll_of_credits_joined_by_and_or_while_names_no_one_a_pronoun_stands_for() -> None:
    for sentence in (
        "Ilse Varno wrote and directed it, and Dov Marren produced.",
        "Ilse Varno directs; Dov Marren writes.",
        "Varno plays the elder sister, Maud, while Tarn is the lodger.",
    ):
        assert pronoun_subjects(sentence, "he") == [], sentence


def test_a_sentence_adverb_is_no_first_name_of_the_actor_after_it() -> None:
    for adverb in ("Recently", "Sadly", "Apparently", "Interestingly"):
        found = served_pairs(
            facts(TIN_VEIN_LEDE, f"{adverb} Hollis Quarne was cast as Edwin Tallis.")
        )
        assert found == {("Hollis Quarne", "Edwin Tallis")}, adverb


_EVENT_TITLE = "Carrow Film Days: Tollgate Rise wins the room"
_EVENT_LEDE = "Director Ysabel Okonjo-Reeve brought her debut feature to Carrow Film Days."


def test_other_news_at_an_event_named_without_the_credits_no_one() -> None:
    for opener in ("Elsewhere at Carrow", "Elsewhere in Carrow", "Elsewhere at this year's Carrow"):
        found = facts(
            _EVENT_LEDE,
            f"{opener}, veteran director Cathal Wrenfield was honoured with a retrospective.",
            title=_EVENT_TITLE,
        ).crew
        assert not any(c.served and c.name == "Cathal Wrenfield" for c in found), opener


def test_other_news_of_the_production_itself_still_credits() -> None:
    found = facts(
        _EVENT_LEDE,
        "Elsewhere at Carrow, Tollgate Rise editor Cathal Wrenfield gave a talk.",
        title=_EVENT_TITLE,
    ).crew
    assert any(c.served and c.name == "Cathal Wrenfield" for c in found)
