"""A crew member's past job, "cut The Mill at Carrow for director X", names X as that title's
director even where the title has small words among its capitals and the page's own title is
known only from its headline (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Lanternfall's editor on cutting the final chapter"


def _directors(sentence: str) -> set[str]:
    found = facts(
        "Ivo Brand has been in an edit suite since the Lanternfall shoot wrapped.",
        sentence,
        "Ada Vell, the director, wanted him reading drafts early.",
        title=_TITLE,
    )
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_the_past_titles_director_is_not_ours() -> None:
    for sentence in (
        "Before that he cut The Mill at Carrow for director Moira Penhale.",
        "Before that he cut The House of Carrow for the director Moira Penhale.",
    ):
        found = _directors(sentence)
        assert "Ada Vell" in found, sentence
        assert "Moira Penhale" not in found, sentence
