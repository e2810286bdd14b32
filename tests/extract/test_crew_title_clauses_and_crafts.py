"""Credits in a relative clause on the production's own title ("Quarry Lane, which X directed
from Y's script, ..."), and the craft named by its maker ("X's cinematography")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_our_title_which_someone_directed() -> None:
    found = facts(
        "Netflix has confirmed that the film will be titled Quarry Lane.",
        "Quarry Lane, which Hanne Vogt directed from a script by Tomas Berg, was shot in Wales.",
        title="Quarry Lane: first look at the Netflix film",
    )
    assert ("director", "Hanne Vogt") in credits(found)


def test_our_title_which_someone_scored() -> None:
    found = facts(
        "Netflix has confirmed that the film will be titled Quarry Lane.",
        "Quarry Lane, which Osman Reyes scored, is mostly cello.",
        title="Quarry Lane: first look at the Netflix film",
    )
    assert ("composer", "Osman Reyes") in credits(found)


def test_another_title_which_someone_directed_credits_nothing() -> None:
    found = facts(
        "Netflix has confirmed that the film will be titled Quarry Lane.",
        "Its star broke out in Harbour Lights, which Ilse Marchetti directed in 2019.",
        title="Quarry Lane: first look at the Netflix film",
    )
    assert not any(name == "Ilse Marchetti" for _, name in credits(found))


def test_someones_cinematography_and_editing() -> None:
    found = facts(
        "Quarry Lane is a slow, strange thriller.",
        "Maren Solvik's cinematography makes the quarry look lunar, and Callum Adair's brisk "
        "editing keeps it moving.",
    )
    assert ("cinematographer", "Maren Solvik") in credits(found)
    assert ("editor", "Callum Adair") in credits(found)


def test_the_storys_creator_after_a_quote() -> None:
    found = facts(
        "Quarry Lane is filming in Wales.",
        "“It is about growing up,” said the story's creator, Hanne Vogt.",
    )
    assert ("creator", "Hanne Vogt") in credits(found)


def test_the_storys_author_before_a_verb() -> None:
    found = facts(
        "Quarry Lane is filming in Wales.",
        "The story’s author, Osman Reyes, visited the set on Monday.",
    )
    assert ("author", "Osman Reyes") in credits(found)


def test_has_written_every_episode() -> None:
    found = facts(
        "Quarry Lane series two has wrapped.",
        "Creator Hanne Vogt has written every episode again, and Tomas Berg directs.",
    )
    assert ("writer", "Hanne Vogt") in credits(found)


def test_has_written_all_eight_scripts() -> None:
    found = facts(
        "Quarry Lane series two has wrapped.",
        "Osman Reyes has written all eight scripts, the studio says.",
    )
    assert ("writer", "Osman Reyes") in credits(found)
