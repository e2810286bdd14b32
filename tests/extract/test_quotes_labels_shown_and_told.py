"""Quotes: a nickname after "typecast as", words a screen or a sign reads, and a part telling
another part "that" words in a review; kinds of failure met in blind batches 112 and 113, each
on invented text (none of their names)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_a_nickname_someone_fears_being_typecast_as_is_no_quote() -> None:
    found = _served(
        "Composer Rune Halvorsen-Pike scored the new harbour thriller Gull Rock.",
        "Asked whether he worried about being typecast as “the kettle drum man”, Halvorsen-Pike "
        "laughs. “Worse things exist,” he says.",
    )
    assert "the kettle drum man" not in found
    assert found.get("Worse things exist") == "Rune Halvorsen-Pike"


def test_a_nickname_someone_is_known_as_is_no_quote() -> None:
    found = _served(
        "Designer Oona Feld dressed the cast of Gull Rock.",
        "On set she became known as “the button lady”, and she did not mind.",
    )
    assert "the button lady" not in found


def test_words_a_screen_or_a_sign_reads_are_no_quote() -> None:
    found = _served(
        "Gull Rock has a date.",
        "The date came in a short clip of two phones, both showing a reminder that reads "
        "“Mark the calendar. 04.03.27.”",
        "Another teaser showed a harbour sign which reads “Closed for winter”.",
    )
    assert not any(text.startswith("Mark the calendar") for text in found)
    assert "Closed for winter" not in found


def test_a_part_telling_another_part_that_words_in_a_review_is_no_quote() -> None:
    found = _served(
        "Gull Rock review – a quiet storm of a film",
        "Hattie Lorne plays the harbourmaster Edda Voss, a mother of three.",
        "In the best scene, at the pier, she tells her daughter that “staying is a choice” – "
        "and Lorne makes it land.",
        title="Gull Rock review – a quiet storm of a film",
    )
    assert "staying is a choice" not in found


def test_words_a_subject_describes_after_a_co_star_and_their_part_are_the_subjects() -> None:
    found = _served(
        "Indie star Fenn Arlow says the harbour film left him tired.",
        "Arlow spoke warmly about working again with Tamsin Reyes, who plays Ivy Hart, "
        "describing their scenes as “the bravest we have ever been”.",
        "Arlow also thanked his old friend Dev Okoro, who plays Ivy's brother, calling their "
        "final day “a proper send-off”.",
    )
    assert found.get("the bravest we have ever been") == "Fenn Arlow"
    assert found.get("a proper send-off") == "Fenn Arlow"
