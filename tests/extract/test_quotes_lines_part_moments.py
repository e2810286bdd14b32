"""A part's line at the footage's biggest moment, told with the actor's possessive ("A's P gets
the biggest moment, asking Q, “...”"), is the work's line, not the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_actor_s_part_asking_at_the_biggest_moment_is_the_work_s() -> None:
    found = facts(
        "The first trailer for Lantern Quay landed on Tuesday, and it is all harbour fog.",
        "Dana Kroll’s Wren gets the biggest moment, asking Tomas, “Do you still know the way "
        "home?” over a swell of strings.",
    )
    assert served_quotes(found) == []


def test_an_actor_s_part_telling_at_the_best_scene_is_the_work_s() -> None:
    found = facts(
        "Brightwell released a teaser for Copper Meadows this morning.",
        "Pia Salo’s Agnes has the best scene, quietly telling her mother, “I was never "
        "coming back.” It is devastating.",
    )
    assert served_quotes(found) == []


def test_a_part_s_line_in_a_trailer_newsletter_item_is_the_work_s() -> None:
    found = facts(
        "Our weekly letter: the Saltmarsh trailer is here.",
        "Rowan Teague’s Captain Ives steals the big moment, warning the crew, “Nobody sleeps "
        "tonight.” Rowan Teague told us the shoot was freezing: “We were soaked every day,” "
        "he said.",
        title="The Saltmarsh trailer has us hooked",
    )
    assert served_quotes(found) == [("We were soak", "Rowan Teague")]


def test_an_actor_s_own_moment_in_an_interview_stays_a_quote() -> None:
    found = facts(
        "Rowan Teague plays Captain Ives in Saltmarsh, out in June.",
        "Teague had the biggest moment of his career at the read-through, telling us, “I "
        "nearly cried.”",
    )
    assert [text for text, _ in served_quotes(found)] == ["I nearly cri"]
