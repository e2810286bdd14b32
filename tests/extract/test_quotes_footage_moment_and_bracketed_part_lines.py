"""Lines of the work that no one says to the press: a trailer's moment given as an actor doing
something and speaking ("The trailer's best shot is Dana Pell turning and whispering: “...”"), a
thread listing a trailer's lines with the part that says each in brackets after it ("“...”
(Rue, at the harbour.)"), and a line readers are said to go around repeating ("keeps repeating
“...” at each other"). A real remark beside them still is served."""

from tests.extract.helpers import facts, served_quotes


def test_a_trailer_moment_of_an_actor_speaking_is_no_quote() -> None:
    for sentence in (
        "The trailer's best moment is Pell edging along a jetty and whispering: “Nobody rows "
        "home tonight.”",
        "The teaser's big scene sees Pell slamming a door and snarling, “You lied to all of us.”",
        "The promo's final shot shows Pell slowly raising a flare and whispering, “Not one more "
        "boat.”",
        "The clip's big scene is Pell turning to the camera and muttering \"Keep the lamps "
        'lit." Expect it on mugs.',
    ):
        found = facts(
            "Quernmoor Lights trailer: five things we spotted. Dana Pell is in it.",
            "Pell, best known as Dr Fen in The Shore, leads the cast as DS Rue Marsh, a "
            f"detective who finds a body. {sentence}",
        )
        assert served_quotes(found) == [], sentence


def test_an_actor_speaking_about_the_trailer_is_still_a_quote() -> None:
    found = facts(
        "The Quernmoor Lights trailer is out. Dana Pell plays Rue Marsh, a ferry pilot.",
        "Pell, laughing and shaking her head, said: “I had no idea they would use that take.”",
    )
    assert [q for q, _ in served_quotes(found)] == ["I had no ide"]


def test_trailer_lines_with_the_part_in_brackets_are_no_quotes() -> None:
    found = facts(
        "Quernmoor Lights trailer thread: the lines we can't stop replaying",
        "Dana Pell - Rue Marsh",
        "Olu Fenn - Cal Marsh",
        "“You can always come home, pet.” (Rue, on the jetty. I am fine. I am not fine.)",
        '"Cal Marsh, if you drop that lantern I will never forgive you." (Rue again, iconic)',
        "“Then stop asking me to stay.” (Cal.)",
    )
    assert served_quotes(found) == []


def test_a_person_named_in_brackets_after_a_quote_is_not_a_part() -> None:
    found = facts(
        "Quernmoor Lights trailer thread: the lines we can't stop replaying",
        "Dana Pell - Rue Marsh",
        "“We shot the harbour scenes in one freezing week.” (Dana Pell, on Instagram)",
    )
    assert [q for q, _ in served_quotes(found)] == ["We shot the "]


def test_a_line_readers_go_around_quoting_is_no_quote() -> None:
    for sentence in (
        "Everyone at my office keeps repeating “The fog has no manners” at each other.",
        "Quoting “the fog has no manners” has become a national sport.",
        "Half the country still quotes ‘we never open on Sundays’ at each other.",
        'Fans have not stopped reciting "I was told there would be biscuits" since the finale.',
        "The whole school parrots “ladders are for quitters” at break.",
    ):
        found = facts("Night Kettle, the new BBC comedy, is a hit.", sentence)
        assert served_quotes(found) == [], sentence


def test_quoting_someone_named_still_credits_them() -> None:
    found = facts(
        "Night Kettle, the new BBC comedy, is a hit.",
        "The showrunner, Kezia Thurrow, said she kept quoting her nan: “Never trust a quiet "
        "kettle.”",
    )
    assert served_quotes(found) == [("Never trust ", "Kezia Thurrow")]
