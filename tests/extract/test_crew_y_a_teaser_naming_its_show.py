"""A podcast write-up's teaser that names its show before the colon ("Coming up on Night Desk:
the editor X on cutting trailers") introduces another episode's guest, not the film's maker;
a teaser of ours that names our own work keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_EPISODE = (
    "On this week’s Night Desk, the Harrowgate director Teodor Lusk talks about his ending.",
    "Night Desk, episode 88 | 51 minutes | Hosted by Marit Feehily",
    "Teodor Lusk tells Marit how he found the last shot of Harrowgate.",
)
_TITLE = "Podcast: Teodor Lusk on Harrowgate"


def test_a_teaser_with_its_show_named_introduces_another_guest() -> None:
    for teaser in (
        "Next week on Night Desk: the editor Sunniva Ralt on cutting trailers.",
        "Next time in The Long Room – producer Sunniva Ralt on selling a pilot.",
    ):
        found = served_crew(*_EPISODE, teaser, title=_TITLE)
        assert "Sunniva Ralt" not in {n for _, n in found}, teaser
        assert ("director", "Teodor Lusk") in found


def test_a_credit_outside_a_teaser_stays() -> None:
    found = served_crew(
        *_EPISODE, "Harrowgate was cut by the editor Sunniva Ralt in Leeds.", title=_TITLE
    )
    assert ("editor", "Sunniva Ralt") in found
