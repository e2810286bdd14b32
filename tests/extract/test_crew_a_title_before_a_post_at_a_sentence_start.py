"""A one-word title before a post noun at a sentence's start ("The Brindlemoor author wrote the
screenplay herself") is the work the person made, not their name; a real one-word surname
credited elsewhere stays (invented articles)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _crew(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in found.crew if c.served}


def test_the_title_author_adapting_her_novels() -> None:
    found = facts(
        "Ada Pell closes the book on Foxglove Yard. The Brindlemoor author wrote the screenplay"
        " herself, adapting her novels, and Bram Tessier directs.",
        title="Foxglove Yard: what to know",
    )
    assert not any(name == "Brindlemoor" for name, _ in _crew(found))
    assert ("Bram Tessier", "director") in _crew(found)


def test_the_title_novelist_adapting_his_books() -> None:
    found = facts(
        "Foxglove Yard begins filming in May. The Saltmarrow novelist is adapting his books for"
        " the screen, with Mira Dunn directing.",
        title="Foxglove Yard: filming date set",
    )
    assert not any(name == "Saltmarrow" for name, _ in _crew(found))


def test_a_full_name_after_the_post_still_credits() -> None:
    found = facts(
        "Foxglove Yard begins filming in May. The author Ada Pell wrote the screenplay herself,"
        " adapting her novels.",
        title="Foxglove Yard: filming date set",
    )
    assert ("Ada Pell", "writer") in _crew(found)
