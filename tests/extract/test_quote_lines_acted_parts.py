"""Words an actor says in a part ("as Dessa, she says to Tom, “...”", or after "Ada Vale, as
Dessa, gets a scene." in a trailer piece) are the part's line, held; the actor's own remarks
stay hers."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_words_said_as_a_part_are_held() -> None:
    found = facts(
        "Tilda Bream edited Dunmarrow, the Kestrin film out this spring.",
        "“Vessa Thorn improvises all the time,” Bream says. “In one take, as Marlow, she says to "
        "Orrin, ‘You can always come back.’ It wasn’t in the script.”",
    )
    assert ("You can alwa", "Vessa Thorn") not in served_quotes(found)
    assert ("Vessa Thorn ", "Tilda Bream") in served_quotes(found)


def test_a_scene_opened_on_an_actor_in_a_part_in_a_trailer_holds_its_words() -> None:
    found = facts(
        "The Dunmarrow trailer is here: five things we spotted.",
        "Vessa Thorn, as Orrin's mum Marlow, gets a tearful goodbye. “You were never alone,” she "
        "tells him. Cue the tears.",
        "Tilda Bream as Kestrin gives a speech at a wedding. We only hear “To the ones who stayed” "
        "before the cut.",
        title="Dunmarrow trailer: five things we spotted",
    )
    assert served_quotes(found) == []


def test_an_actor_s_own_remark_after_her_part_is_named_stays_hers() -> None:
    found = facts(
        "Vessa Thorn plays Marlow in Dunmarrow, the Kestrin film out this spring.",
        "Thorn, as ever, was generous with her time. “I cried on the last day,” she says.",
    )
    assert served_quotes(found) == [("I cried on t", "Vessa Thorn")]


def test_a_pronoun_s_words_at_a_moment_of_the_story_in_a_review_are_held() -> None:
    found = facts(
        "Dunmarrow is a bleak, beautiful island drama.",
        "Vessa Thorn is Marlow, a ferrywoman with secrets. The last act drags, and Thorn is given "
        "one speech too many. “I have rowed this water forty years,” she says at one point.",
        title="Dunmarrow review – a bleak island drama ★★★☆☆",
    )
    assert served_quotes(found) == []
