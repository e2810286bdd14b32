"""A sentence's names or roles that belong to two people, not one: a list after "by" that runs
into "B, who ..., returns as composer" (B's own post, not the list's), and "the director and
writer X" once the director was named (two people: X is the writer only)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

LEDE = "Oak Lane, a new drama, begins filming in Leeds this spring."


def test_a_list_running_into_the_last_names_own_post_credits_each_once() -> None:
    found = served_crew(
        LEDE,
        "Behind the camera, casting is by Nora Pike and Ed Lamb, who scored both earlier "
        "films, returns as composer.",
    )
    assert ("casting_director", "Nora Pike") in found
    assert ("composer", "Ed Lamb") in found
    assert ("composer", "Nora Pike") not in found
    assert ("casting_director", "Ed Lamb") not in found


def test_an_edit_list_running_into_a_camera_post() -> None:
    found = served_crew(
        LEDE,
        "The editing is by Rhea Cole and Jon Marsh, who shot the pilot in Hull, is back as "
        "cinematographer.",
    )
    assert ("editor", "Rhea Cole") in found
    assert ("cinematographer", "Jon Marsh") in found
    assert ("cinematographer", "Rhea Cole") not in found
    assert ("editor", "Jon Marsh") not in found


def test_a_plain_list_after_by_still_credits_both() -> None:
    found = served_crew(LEDE, "Casting is by Nora Pike and Ed Lamb.")
    assert {("casting_director", "Nora Pike"), ("casting_director", "Ed Lamb")} <= found


def test_the_director_and_writer_after_the_director_was_named_is_the_writer() -> None:
    found = served_crew(
        LEDE,
        "Director Maya Fenwick came on board in May.",
        "Producer Tom Reed set up a call with the director and writer Janet Orly.",
    )
    assert ("director", "Maya Fenwick") in found
    assert ("writer", "Janet Orly") in found
    assert ("director", "Janet Orly") not in found


def test_the_producer_and_composer_after_the_producer_was_named() -> None:
    found = served_crew(
        LEDE,
        "The drama is produced by Lena Brook.",
        "We spoke to the producer and composer Sol Hart about the opening titles.",
    )
    assert ("composer", "Sol Hart") in found
    assert ("producer", "Sol Hart") not in found


def test_the_director_and_writer_alone_is_one_person_with_both_jobs() -> None:
    found = served_crew(LEDE, "I met the director and writer Janet Orly in Leeds.")
    assert {("director", "Janet Orly"), ("writer", "Janet Orly")} <= found
