"""Quotes on invented text: a profile whose headline quotes its subject without naming them
("‘...’: meet the composer behind Low Orchard") is about the person its lede opens on; a later
"he says" that found someone named in passing (an actress in the cast, an editor he worked with)
is the subject's, as a headline's name would make it; one quoted by name before keeps it."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.lede_subjects import quoted_by_name
from bot.facts import ArticleFacts
from tests.extract.helpers import article, facts


def _speaker(found: ArticleFacts, start: str) -> str | None:
    for quote in found.quotes:
        if quote.text.startswith(start) and quote.served:
            return quote.speaker
    return None


def _profile(lede: str, *body: str) -> ArticleFacts:
    return facts(
        lede,
        "“The first week I just drove around with a microphone,” he says, in his studio.",
        "Low Orchard, created by Ada Penhale, premieres on Sunday 3 May.",
        *body,
        title="‘I taped a goose at dawn’: meet the composer behind Low Orchard",
    )


def test_a_pronoun_that_found_a_castmember_is_the_lede_subject() -> None:
    for lede in (
        "Composer Tobiah Crane built the score for Low Orchard out of farm noises.",
        "Tobiah Crane has spent a year recording barns for the drama Low Orchard.",
        "Tobiah Crane recorded gates and rain for the score of the drama Low Orchard.",
    ):
        found = _profile(
            lede,
            "Mirela Voss stars as Ruth Hale, the eldest daughter, with Kit Oakes as her brother.",
            "Crane’s brief was short. “I had to fight for every cue,” he says.",
        )
        assert _speaker(found, "I had to fight") == "Tobiah Crane", lede


def test_a_pronoun_after_a_collaborator_in_passing_is_the_lede_subject() -> None:
    found = _profile(
        "Composer Tobiah Crane built the score for Low Orchard out of farm noises.",
        "Working with editor Mirela Voss was, he says, the best part of the job.",
        "He is modest about it all. “I just like noises,” he insists.",
    )
    assert _speaker(found, "I just like noises") == "Tobiah Crane"


def test_someone_quoted_by_name_before_keeps_the_pronoun() -> None:
    found = _profile(
        "Composer Tobiah Crane built the score for Low Orchard out of farm noises.",
        "Mirela Voss plays Ruth Hale. “I read it on a train,” Voss says.",
        "She learned to milk a cow for the part. “The farmers were so patient,” she says.",
    )
    assert _speaker(found, "The farmers were") == "Mirela Voss"


def test_a_surname_inside_a_longer_name_is_no_one_quoted_by_name() -> None:
    text = "Orrin DeVale said the shoot ran late. Nell Vale kept quiet."
    doc = build_doc(article(text))
    assert not quoted_by_name(doc, "Nell Vale", len(doc.text))
    doc = build_doc(article("Vale said the shoot ran late."))
    assert quoted_by_name(doc, "Nell Vale", len(doc.text))
