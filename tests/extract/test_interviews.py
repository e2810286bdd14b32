"""Interviews and translated copy: several people answering in turn, an answer's further
paragraph, guillemets, and an attribution we cannot resolve (never someone else's)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text[:12], q.speaker) for q in facts(*paragraphs).quotes if q.served]


def test_two_people_answering_in_turn_each_get_their_answer() -> None:
    found = _speakers(
        "Film Weekly spoke to the two leads, Ana Ruiz and Theo Brandt, on a video call.",
        "Film Weekly: How was the first day?",
        "Theo Brandt: Cold. We shot on a beach in March.",
        "Ana Ruiz: Freezing! He wore two coats.",
        "Film Weekly: What's next?",
        "Ana: A play in Madrid.",
        "Theo: Sleep.",
    )
    assert ("Freezing! He", "Ana Ruiz") in found
    assert ("A play in Ma", "Ana Ruiz") in found
    assert ("Sleep.", "Theo Brandt") in found


def test_an_answers_further_paragraph_inside_the_interview_is_still_theirs() -> None:
    found = _speakers(
        "Film Weekly spoke to Theo Brandt on a video call.",
        "Film Weekly: Who is your character?",
        "Theo Brandt: A lighthouse keeper with a secret.",
        "I think people will be shocked by it.",
        "Film Weekly: Anything else?",
        "Theo Brandt: No.",
    )
    assert ("I think peop", "Theo Brandt") in found


def test_guillemets_mark_quotations() -> None:
    found = _speakers(
        "«It was the role of my life», assures the director Marta Ibarra in a statement.",
    )
    assert found == [("It was the r", "Marta Ibarra")]


def test_an_unresolved_attribution_never_inherits_the_quote_before() -> None:
    found = _speakers(
        "«We wanted the fans to see it first», indicated a spokesperson of the studio.",
        "«I read the book at fifteen and cried», has confessed the actress to this paper.",
    )
    assert ("I read the b", "a spokesperson") not in found
    assert found[0][1].endswith("spokesperson")


def test_an_office_before_the_name_after_said() -> None:
    found = _speakers(
        "“The shortlist is the strongest in years,” said festival president Ines Aldana.",
    )
    assert found == [("The shortlis", "Ines Aldana")]


def test_a_one_word_name_owning_the_articles_work_is_its_company() -> None:
    found = _speakers(
        "The Lanterns movie wrapped on Friday.",
        "Lumen's official Lanterns account posted the slate with the caption "
        '"That\'s a wrap on the Lanterns movie!"',
    )
    assert found == [("That's a wra", "Lumen")]


def test_a_caption_after_an_unresolved_description_is_nobodys() -> None:
    found = facts(
        "Lumen confirmed the recast in a statement on Monday.",
        "The 24-year-old confirmed the news himself on Instagram, sharing a photo of his script.",
        "“Some personal news: I’m joining the cast,” the caption read.",
    ).quotes
    assert [q.speaker for q in found if q.text.startswith("Some")] == [""]


def test_a_persons_story_saying_words_is_theirs() -> None:
    found = _speakers(
        "Mira Holt and Ivo Lind have been posting from set all week.",
        "Mira's story just says 'last day, see you soon' and nothing else.",
    )
    assert found == [("last day, se", "Mira Holt")]
