"""Mends of the round-122 review of quotes and speakers: a named sayer's "said a lot of fans"
opens no new subject; a pronoun-opened sentence credits the pronoun only with a count it saw
(never a title, a denial or a passive); words another sends back are not the guest's; a scene
the writer sets is no prompt for narration; words on a thing are quoted in passing; a "he said"
in an "I" paragraph between answers is not the answerer; "– Me", "(me, ...)", "– yours truly"
credit the writer unless a sayer opens the sentence; a job the asker holds stays theirs; a
hyphenated place word is no first name."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(start: str, *paragraphs: str, title: str | None = None) -> QuoteFact | None:
    for quote in facts(*paragraphs, date="2026-03-02", title=title).quotes:
        if quote.text.startswith(start):
            return quote
    return None


def _speaker(start: str, *paragraphs: str, title: str | None = None) -> str | None:
    quote = _quote(start, *paragraphs, title=title)
    return quote.speaker if quote is not None and quote.served else None


_ARRIVAL = "Mirela Thorne arrived with her co-star and waved. Thorne posted earlier: “last stop”."


def test_a_named_sayers_report_of_a_thing_or_crowd_keeps_her_pronoun() -> None:
    for report in (
        "Thorne said a lot of fans had written about the tour.",
        "Thorne said another tour was planned.",
        "Thorne says a fan once sent her a scarf.",
    ):
        found = _speaker("I kept it", _ARRIVAL, f"{report} “I kept it all,” she said.")
        assert found == "Mirela Thorne", report


def test_an_unnamed_reporters_report_of_someone_still_takes_the_pronoun() -> None:
    found = _speaker(
        "I came for",
        _ARRIVAL,
        "Our correspondent at the doors says a student has queued since six. “I came for "
        "the last one too,” she said.",
    )
    assert found != "Mirela Thorne"


_CASTER = (
    "Odalys Brenner, who cast the first series too, talks about finding the lighthouse boy, a "
    "part Casimir Lund wrote for the screen."
)


def test_words_after_a_pronoun_and_another_verb_are_not_the_pronouns() -> None:
    for sentence in (
        "She is best known for “Zimní sad” (Winter Orchard), a Czech drama.",
        "She would never call it “a tiny miracle” herself.",
        "She was accused of being “hard to please” in the suit.",
        "She denied the shoot was “a shambles” in any way.",
    ):
        for quote in facts(_CASTER, sentence, date="2026-03-02").quotes:
            assert not (quote.served and quote.speaker == "Odalys Brenner"), sentence


def test_a_count_a_pronoun_saw_is_still_the_pronouns() -> None:
    found = _speaker(
        "close to three hundred", _CASTER, "She saw “close to three hundred tapes” before choosing."
    )
    assert found == "Odalys Brenner"


_T_GUEST = "Lior Quenby: ‘The harbour was the hardest part’"
_LEDE = "Lior Quenby talks tides, trawlers and Salt Step, which Harrowgate Films releases in May."
_QA = (
    "How did the shoot begin?",
    "Slowly. I spent a week on the quay before anyone rolled a camera.",
    "Was the trawler scene cold?",
    "Freezing. I lost feeling in my feet on the third take.",
)
_AFTER = ("What comes next?", "A play in the spring, if I survive the press tour.")


def _qa(middle: str, last: str) -> list[QuoteFact]:
    paragraphs = (_LEDE, "Interview by Tamsin Roe", *_QA, middle, last, *_AFTER)
    return list(facts(*paragraphs, date="2026-03-02", title=_T_GUEST).quotes)


def test_words_someone_sent_back_are_not_the_guests() -> None:
    for answer in (
        "It floored me. I texted Oren the page and he replied with one word: “brutal”.",
        "It floored me. I messaged Oren late and got back one word: “brutal”.",
        "It floored me. I emailed my sister and she had one word: “brutal”. I laughed.",
    ):
        found = _qa("What did you make of the last page?", answer)
        assert not any(q.text == "brutal" and q.served and q.speaker for q in found), answer


def test_words_the_guest_sent_stay_the_guests() -> None:
    found = _qa("What did you make of the last page?", "I texted Oren two words: “so brutal”.")
    assert any(q.text == "so brutal" and q.speaker == "Lior Quenby" for q in found), found


def test_the_writers_narration_after_a_scene_is_no_answer() -> None:
    for scene, narration in (
        ("There is a long pause while the waiter clears the cups.", "I ask about the end. "
         "He shakes his head and laughs."),
        ("There was a long silence after that.", "I waited. Eventually he put down his cup."),
    ):  # fmt: skip
        found = _qa(scene, narration)
        assert not any(q.text.startswith(narration[:8]) and q.served for q in found), scene


def test_an_answer_after_a_topic_raised_is_still_the_guests() -> None:
    found = _qa("There’s a scene people already quote.", "The net one. I did that in one take.")
    assert any(q.text.startswith("The net one") and q.served for q in found), found


_WELK = ("Composer Ines Halloran has scored Copper Reach, the new drama from director Jory Keel.",)


def test_words_on_a_thing_are_quoted_in_passing() -> None:
    for sentence, start in (
        ("Keel wore a sweatshirt with the words “I outlasted Copper Reach” to the party.", "I out"),
        ("Halloran keeps a mug with the words “Softer, later” by her piano.", "Softer"),
    ):
        quote = _quote(start, *_WELK, sentence)
        assert quote is None or quote.fragment or not quote.served, sentence


def test_a_posts_message_is_whole() -> None:
    for words in ("with the message", "alongside the words"):
        quote = _quote(
            "best crew", *_WELK, f"Keel reposted a photo of the crew {words} “best crew anywhere”."
        )
        assert quote is not None and not quote.fragment, words


_GAP_TITLE = "Mairi Colquhoun: ‘I kept the lamp’"


def _gap(paragraph: str) -> list[QuoteFact]:
    return list(
        facts(
            "Mairi Colquhoun has played the ferry captain for five years. We met in Oban.",
            "How does it feel to be done?",
            "Odd. I cleared my trailer last Friday and I kept the lamp.",
            "The new director came from opera.",
            paragraph,
            "Would you go back?",
            "Never say never. I miss the wind, oddly.",
            "And the final scene?",
            "I can’t say. My agent is glaring at me.",
            date="2026-03-02",
            title=_GAP_TITLE,
        ).quotes
    )


def test_a_he_said_between_answers_is_not_the_answerer() -> None:
    for paragraph in (
        "Fenwick came from the stage. He said on the first day, “Nobody hurries the tide.” I "
        "loved that.",
        "Fenwick came from the stage. “Nobody hurries the tide,” he told me. I loved that.",
        "Fenwick came from the stage. He would tell me, “Nobody hurries the tide.” I loved it.",
    ):
        found = _gap(paragraph)
        assert not any(
            q.text.startswith("Nobody") and q.speaker == "Mairi Colquhoun" for q in found
        ), paragraph


def test_a_profiles_she_told_me_is_still_its_subject() -> None:
    found = _speaker(
        "Nobody hurries",
        "Mairi Colquhoun has played the ferry captain for five years. We met in Oban, where she "
        "laughed at the rain.",
        "She told me over tea, “Nobody hurries the tide.” Then she ordered another.",
        title=_GAP_TITLE,
    )
    assert found == "Mairi Colquhoun"


_SCORER = "Delphine Okafor scored the new series, which arrives in June."


def test_a_line_credited_to_the_writer_is_not_the_sentence_befores() -> None:
    for credit in ("– Me, refreshing the page", "(me, refreshing the page)", "– yours truly"):
        found = _speaker(
            "Please let",
            _SCORER,
            f"Anyone else hear the old motif? Delphine Okafor strikes again. “Please let there "
            f"be a vinyl” {credit}.",
        )
        assert found != "Delphine Okafor", credit


def test_a_sayer_before_the_words_keeps_them_despite_a_dash_me() -> None:
    found = _speaker(
        "Please let", _SCORER, "Okafor posted: “Please let there be a vinyl” – me, every morning."
    )
    assert found == "Delphine Okafor"


def test_a_job_the_asker_holds_stays_theirs() -> None:
    found = _speaker(
        "Hands up",
        "Tobiah Ferris directs the film, which opens in May. Ysolde Marr hosts the panel.",
        "Ferris asks whether anyone in the room has seen the teaser. “Hands up if you cried,” "
        "the director adds.",
    )
    assert found == "Tobiah Ferris"


def test_a_job_after_a_question_put_otherwise_is_not_the_askers() -> None:
    lede = "Wide Shot, Ysolde Marr’s weekly film podcast, returns with Tobiah Ferris."
    for ask in ("Marr asks Ferris whether", "Marr then asks whether", "Marr wants to know whether"):
        found = _speaker(
            "Only if",
            lede,
            f"{ask} the star will come. “Only if the bridge is open,” the director laughs.",
        )
        assert found != "Ysolde Marr", ask


def test_a_place_word_beside_an_unnamed_source_is_no_first_name() -> None:
    found = facts(
        "One insider, Lisbon-based, said the tour would go ahead. “The show goes on,” she told us.",
        date="2026-03-02",
    ).quotes
    assert any(q.text.startswith("The show") and q.source.value == "unnamed" for q in found), found
