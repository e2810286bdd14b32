"""A profile's other show glossed "a ... thriller created by A and directed by B" on a page that
already names its own work by kind or seasons ("two seasons of X", "the X film").

The gloss's makers are the other show's, as they are when the headline names the page's own
work; on a page that names no work of its own the gloss is the profile's own show and keeps
them."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts

_TITLE = "Mairead Oyelaran: ‘I stopped being the nice one’"
_GLOSS = (
    "The 24-year-old is the star of Lowmoor, a four-part ITV thriller created by Petra"
    " Vasquez-Holm and directed by Ivo Strand, in which she plays Jess Coyle, a ferry pilot."
)


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def test_the_gloss_beside_a_named_own_work_credits_the_other_show() -> None:
    found = facts(
        "As she leads a new ITV thriller, the Tin Harbour star looks back.",
        _GLOSS,
        "For most fans she is still Rosa, the baker she played in two seasons of Tin Harbour.",
        "She returns one last time in Tin Harbour: Last Light, the Netflix film that ends the"
        " series, directed by Odile Brennick.",
        date="2026-02-02",
        title=_TITLE,
    )
    assert "Ivo Strand" not in _directors(found)
    assert "Odile Brennick" in _directors(found)


def test_the_gloss_on_a_page_naming_no_own_work_keeps_its_makers() -> None:
    found = facts(
        "As she leads a new ITV thriller, the actor looks back.",
        _GLOSS,
        "She spent a month learning to steer a ferry for it.",
        date="2026-02-02",
        title=_TITLE,
    )
    assert "Ivo Strand" in _directors(found)
