"""A work's title after its noun is no quote, even when it ends on its own question mark or
runs to six words; words after a work noun that are a sentence are still a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_song_title_ending_on_a_question_mark() -> None:
    found = facts(
        "The score by Maelle Quenby leans on old ballads.",
        "It includes a slow version of the traditional song “Cá Raibh Tú Aréir a Stór?” sung by "
        "the lead herself.",
    )
    assert served_quotes(found) == []


def test_a_sentence_after_a_work_noun_is_still_a_quote() -> None:
    found = facts(
        "Maelle Quenby scored the film.",
        "“I wrote the whole song in one night. Then I threw it away,” Quenby said.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Maelle Quenby"]
