""" "The film closes the story X began as a webcomic" credits X as the source's author, not as
the production's creator, unless the article speaks of a creator (invented articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_TITLE = "On set with Quillmere, the film that ends it all"
_LEDE = (
    "It is week six of filming on Quillmere, the Netflix film that will close the story"
    " Orlaith Penrose began as a webcomic more than a decade ago."
)


def _roles(*paragraphs: str) -> set[CrewRole]:
    found = facts(*paragraphs, title=_TITLE)
    return {c.role for c in found.crew if c.served and c.name == "Orlaith Penrose"}


def test_the_source_maker_is_its_author_not_a_creator() -> None:
    roles = _roles(_LEDE, "Director Bastian Hulme moves between monitors with a flask of tea.")
    assert CrewRole.AUTHOR in roles
    assert CrewRole.CREATOR not in roles


def test_a_creator_the_article_speaks_of_is_kept() -> None:
    standfirst = "As Quillmere arrives on Netflix, its creator and stars talk about the ending."
    roles = _roles(standfirst, _LEDE)
    assert CrewRole.CREATOR in roles


def test_who_created_the_story_is_its_creator() -> None:
    created = "Orlaith Penrose, who created the story as a webcomic in 2016, was on set on Tuesday."
    assert CrewRole.CREATOR in _roles(created, "Bastian Hulme directs the film.")
