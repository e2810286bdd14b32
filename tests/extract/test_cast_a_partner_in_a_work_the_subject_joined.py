"""A profile's "he joined Orbis's Tinsmith on Disney+, playing the young Ben opposite X's Mara"
makes X a scene partner in Tinsmith, not a casting in the article's work; the same shape in
the article's own work keeps the casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Gullhaven: Oren Tully on his biggest role yet"
_LEDE = "Gullhaven, the Channel 4 film, arrives on 9 October, with Oren Tully as Bram Keel."


def _served(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_partner_in_a_work_the_subject_joined_is_held() -> None:
    for sentence in (
        "In 2023 he joined Orbis’s Tinsmith Row on Disney+, playing the moody apprentice opposite"
        " Petra Quill’s Mara Venn, and made his stage debut a year later.",
        "Last year Tully joined Tinsmith Row, as a lodger opposite Petra Quill’s Mara Venn.",
    ):
        assert ("Petra Quill", "Mara Venn") not in _served(sentence), sentence


def test_a_partner_in_our_own_work_stays() -> None:
    sentence = "In 2025 he joined Gullhaven, playing Bram opposite Petra Quill’s Mara Venn."
    assert ("Petra Quill", "Mara Venn") in _served(sentence)
