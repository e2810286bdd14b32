"""A name a crew or a cast gives a thing, told in the present ("The crew call the stunt “...”"):
a nickname no one person gives, held; a named person calling a thing something stays theirs."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[str]:
    return [q.text for q in found.quotes if q.served]


def test_a_crews_name_for_a_scene_is_held() -> None:
    found = facts(
        "Day three on the set of Gull Wire, the BBC's new coastal drama.",
        "The storm sequence takes all morning. The crew call the sequence \u201cthe long"
        " soak\u201d and nobody will explain why.",
    )
    assert not any(text == "the long soak" for text in _served(found))


def test_a_named_director_calling_a_scene_something_is_left() -> None:
    found = facts(
        "Day three on the set of Gull Wire, the BBC's new coastal drama.",
        "The storm sequence takes all morning. Director Ada Vale calls the sequence"
        " \u201cthe hardest thing I have ever shot\u201d and goes back to the monitor.",
    )
    assert any(text.startswith("the hardest thing") for text in _served(found))
