"""A what-to-watch guide's other entries: told by a bare channel line, or by a name line among
several the headline lists, their castings and credits are those works', not the page's own."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_crew, served_pairs

_STACKED = (
    "Our pick of the week's new television, led by a farewell.",
    "Monday 4 May 2026",
    "Quillmarsh Forever",
    "Netflix, from Friday",
    "The farewell film sees Juno Thale back as Ida Brisk, the harbour's reluctant keeper.",
    "The Tarn Road",
    "BBC One, Sunday, 9pm",
    "A moody four-parter about a farm and a feud.",
    "Brimwell",
    "Netflix",
    "Still the most talked-about drama on the platform. Velda Crane plays Mira Stace, a vet.",
    "Hollin Bay",
    "Prime Video, from Wednesday",
    "A cheerful sailing-club comedy.",
)


def test_an_entry_under_a_bare_channel_line_is_another_works() -> None:
    found = facts(
        *_STACKED,
        title="What to watch this week: Quillmarsh says goodbye, plus a Sunday chiller",
        date="2026-05-04",
    )
    assert ("Velda Crane", "Mira Stace") in held_pairs(found)
    assert ("Juno Thale", "Ida Brisk") in served_pairs(found)


def test_a_credit_under_the_second_work_a_headline_lists_is_that_works() -> None:
    crew = served_crew(
        "The best television picks for the week ahead.",
        "MONDAY",
        "The Sorrowby Estate (ITV1, 9pm)",
        "A three-part mystery on a Cornish estate. Written by Teo Marrick, it is cosy fare.",
        "WEDNESDAY",
        "Lark Hollow (BBC Four, 8pm)",
        "A slow film about the last lighthouse keepers.",
        "FRIDAY",
        "Quillmarsh Forever (Netflix)",
        "The big one. Oren Falk wrote the screenplay himself.",
        title="What to watch this week: Quillmarsh Forever, The Sorrowby Estate and more",
    )
    assert ("writer", "Teo Marrick") not in crew
