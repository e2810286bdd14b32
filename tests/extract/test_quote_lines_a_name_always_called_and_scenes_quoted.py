"""Quote lines on invented text: a name something always went by ("her uncle used to call the
fog “the grey lodger”"), a scene that ends on a part telling kin ("her one scene ends with her
telling her son to “...”") and a part quoted from the work by a poster ("Quoting Ada from the
teaser: “...”") are no one's remark. A judgement in the past simple, an actor's own scene
told with "said", and a poster quoting a person, stay quotes."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts, start: str) -> bool:
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_a_name_a_thing_always_went_by_is_not_served() -> None:
    for line in (
        "Writer Orla Benedikt said her uncle used to call the sea fog “the grey lodger”, a"
        " phrase that gives episode two its title.",
        "Orla Benedikt always called the old ferry “the slow cathedral” when she was small.",
    ):
        found = facts("Tidewater, written by Orla Benedikt, opens in May.", line)
        assert not _served(found, "the grey lodger") and not _served(found, "the slow"), line


def test_a_judgement_in_the_past_simple_stays_a_quote() -> None:
    found = facts(
        "Tidewater, written by Orla Benedikt, opens in May.",
        "Benedikt called the finale “the hardest week of my working life”.",
    )
    assert _served(found, "the hardest week")


def test_a_scene_ending_on_a_part_telling_kin_is_not_served() -> None:
    for line in (
        "Ines Varga is back as Tom's mother, and her one scene ends with her telling her son to"
        " “stop waiting for permission”. We will quote it for years.",
        "The teaser opens with Ines Varga warning her daughter “don't look back at the pier”."
        " Chills.",
    ):
        found = facts(
            "Harrowgate has released the teaser for Tidewater, starring Ines Varga.",
            line,
            "Varga said: “I loved every cold minute.”",
            date="2027-04-02",
            title="Tidewater teaser: five things we spotted",
        )
        assert not _served(found, "stop waiting") and not _served(found, "don't look"), line
        assert _served(found, "I loved every")


def test_a_part_quoted_from_the_work_by_a_poster_is_not_served() -> None:
    found = facts(
        "Tidewater megathread: the teaser is here.",
        "u/pier_watcher · 2h: Quoting Tom from the teaser: 'I'm not leaving this town.' I'm fine."
        " Totally fine.",
        date="2027-04-02",
    )
    assert not _served(found, "I'm not leaving")


def test_a_poster_quoting_a_person_stays_a_quote() -> None:
    found = facts(
        "Tidewater megathread: the teaser is here.",
        "u/pier_watcher · 2h: Quoting Ilsa Brennock from the panel: “We shot the pier in one"
        " night.”",
        date="2027-04-02",
    )
    assert _served(found, "We shot the pier")
