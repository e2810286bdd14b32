"""A trailer thread or round-up gives the footage's line bare: after a sentence about the
footage ("... owns the whole teaser. “...”"), or opening a paragraph and calling someone by a
first name ("“..., Rue.” Best bit."). No one is said to speak: the words are the work's. A
sentence before that reports speech, or a name that introduces the words, keeps the quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Lantern Row teaser: first reactions"
_LEDE = "The first teaser for The Lantern Row landed on Tuesday, and fans have thoughts."


def _served(*paragraphs: str) -> list[str]:
    return [text for text, _ in served_quotes(facts(_LEDE, *paragraphs, title=_TITLE))]


def test_a_line_after_an_actors_moment_in_the_teaser_is_held() -> None:
    assert (
        _served("Odile Brannagh gets one shot and owns the whole teaser. “Close the door.” Chills.")
        == []
    )


def test_a_line_after_a_clip_sentence_in_a_round_up_is_held() -> None:
    assert (
        _served("Tomas Reyne is barely in the trailer, but what a moment. “Not tonight, not ever.”")
        == []
    )


def test_a_bare_line_calling_a_part_by_name_is_held() -> None:
    assert (
        _served("“I'm staying right here, Abel. I always was.” Best bit of the trailer, easily.")
        == []
    )


def test_a_sentence_that_reports_speech_keeps_the_quote() -> None:
    assert (
        _served(
            "Director Hana Velde said the trailer took months to cut. "
            "“We kept the best scenes back.”"
        )
        != []
    )


def test_a_named_speaker_keeps_the_quote() -> None:
    assert (
        _served("Odile Brannagh appears in the teaser. “I loved every day on that pier,” she said.")
        != []
    )


def test_a_sentence_of_talk_then_someone_after_the_words_keeps_the_quote() -> None:
    assert (
        _served("Odile Brannagh talked about the teaser's storm. “I was drenched,” Brannagh grins.")
        != []
    )


def test_a_remark_after_someones_work_on_the_footage_keeps_the_quote() -> None:
    for making in (
        "Director Hana Velde cut the trailer herself over a month.",
        "Hana Velde edited the new teaser in a week.",
        "Hana Velde shot the first clip on her phone.",
    ):
        assert _served(f"{making} “We kept the best scenes back for the cinema.”") != [], making


def test_a_full_name_or_an_irregular_verb_after_the_words_keeps_the_quote() -> None:
    for after in (
        "Odile Brannagh shrugs.",
        "Brannagh wrote that in May.",
        "Odile Brannagh grew up.",
    ):
        assert (
            _served(f"Odile Brannagh is barely in the teaser. “We kept the best back.” {after}")
            != []
        ), after
