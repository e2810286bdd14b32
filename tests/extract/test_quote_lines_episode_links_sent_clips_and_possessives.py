"""Whether marked words are a quote: an episode's link line ("Listen:", "Watch:") gives the
episode's title; a video message someone sent to an event they missed is their own words, not
the work's footage; a single-quoted post may open on a plural possessive ("'Boys' trip ...'");
an interview's bare answer may tell what someone said in double marks, in the guest's voice."""

from __future__ import annotations

from tests.extract.helpers import PLAIN_QA, facts, served_quotes

_LEDE = "The coastal drama Lantern Reach opened on Friday to strong reviews across Europe."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *paragraphs))


def test_a_listen_line_names_the_episode() -> None:
    assert _served("Listen: The Long Take, episode 40 — Odile Brannagh, “Salt and glass”") == []


def test_a_watch_line_names_the_video() -> None:
    assert _served("Watch: Hana Velde, “The pier nearly beat us”") == []


def test_a_quote_that_opens_on_listen_inside_a_sentence_is_kept() -> None:
    found = _served("Hana Velde told the panel to listen: “The pier nearly beat us.”")
    assert found == [("The pier nea", "Hana Velde")]


def test_a_video_message_sent_to_an_event_is_the_sender_s_quote() -> None:
    found = _served(
        "Odile Brannagh, who plays Mira Holt, could not attend the screening but sent a video"
        " message. ‘I’m so sorry to miss this,’ she said in the clip, to loud cheers."
    )
    assert found == [("I’m so sorry", "Odile Brannagh")]


def test_a_clip_from_the_work_stays_held() -> None:
    found = _served(
        "Odile Brannagh, who plays Mira Holt, could not attend the screening. ‘Nobody leaves the"
        " reach,’ she says in the clip, the first footage from the series."
    )
    assert found == []


def test_a_single_quoted_post_may_open_on_a_plural_possessive() -> None:
    found = _served(
        "Odile Brannagh shared a photo with her co-stars from the wrap party. She wrote: ‘Boys’"
        " trip forever. Miss you all.’"
    )
    assert found == [("Boys’ trip f", "Odile Brannagh")]


def test_a_short_title_before_a_lowercase_word_still_closes() -> None:
    found = _served(
        "Odile Brannagh, best known for ‘Harbour Lights’ and the stage play, said: “The reach"
        " felt like home.”"
    )
    assert [text for text, _ in found] == ["The reach fe"]


def test_a_short_phrase_in_single_marks_may_end_on_an_s() -> None:
    found = _served("Odile Brannagh said ‘no sequels’ back then, and nothing has changed.")
    assert found == [("no sequels", "Odile Brannagh")]


def test_a_plural_possessive_inside_a_single_quoted_quote_does_not_close_it() -> None:
    found = _served(
        "‘I met the actors’ families at the wrap, and they were lovely,’ said Hana Velde."
    )
    assert found == [("I met the ac", "Hana Velde")]


def _answers(last: str) -> list[tuple[str, str]]:
    found = facts(
        *PLAIN_QA,
        last,
        "What comes next?",
        "I honestly have no idea yet. I might sleep for a month.",
        title="‘I wanted the reach to feel like home’: Odile Brannagh on Lantern Reach",
    )
    return served_quotes(found)


def test_an_answer_telling_what_someone_said_is_still_an_answer() -> None:
    found = _answers("We were all crying. Hana said, “One more take?” and we did six more.")
    assert ("We were all ", "Odile Brannagh") in found


def test_a_narrated_paragraph_after_a_question_is_no_answer() -> None:
    found = _answers(
        "Brannagh goes quiet. Hana Velde said, “One more take?” and they did six more."
    )
    assert ("One more tak", "Hana Velde") in found
    assert all(not text.startswith("Brannagh") for text, _ in found)
