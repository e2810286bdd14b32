"""A link line to the story in its own language ("Read the Dutch original: „...“ ...") carries
that story's headline, no one's quote; a sentence where someone reads words aloud does not."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text for q in facts(*paragraphs).quotes if q.served]


_LEDE = "Director Lena Hartwig's Nordlicht opens in Rotterdam on Friday."


def test_a_link_to_the_original_language_story_is_no_quote() -> None:
    assert _served(_LEDE, "Read in Dutch: „Nieuwe stemmen voor de serie“") == []
    assert _served(_LEDE, "Read the Dutch original: „Nordlicht“ draait in de haven") == []


def test_words_someone_reads_out_stay_quoted() -> None:
    found = _served(_LEDE, "Lena Hartwig read the card aloud: “We draaien in de haven.”")
    assert found == ["We draaien in de haven."]
