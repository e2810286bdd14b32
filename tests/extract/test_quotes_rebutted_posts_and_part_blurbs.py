"""Words in marks that are no one's quote: a claim posters spread that the writer answers with
"nobody knows that" ("everyone is sure it was shelved “because the money ran out”. Nobody
knows that."), and a channel's blurb for a part lifted into the clause describing it ("plays
Brisa Lowen, the retired lifeguard who swims out “to check the sea is still there”"). Words
someone is named to say beside them are still served."""

from tests.extract.helpers import facts, served_quotes


def test_a_posted_claim_answered_by_nobody_knows_that_is_no_quote() -> None:
    for sentence in (
        "Everyone online is sure the sequel was shelved “because the money ran out”. Nobody "
        "knows that.",
        'People keep saying it was "shot in Malta". No one knows that!',
        "A few users claim she was dropped “after the table read”, but nobody knows this.",
    ):
        found = facts("Quernmoor Lights arrives on Friday 5 June.", sentence)
        assert served_quotes(found) == [], sentence


def test_nobody_knows_better_keeps_a_statement() -> None:
    found = facts(
        "Quernmoor Lights arrives on Friday 5 June.",
        "Glimmerline said the shoot was “right on schedule”; nobody knows that better than "
        "the crew.",
    )
    assert [q for q, _ in served_quotes(found)] == ["right on sch"]


def test_a_parts_blurb_in_marks_is_no_quote() -> None:
    for sentence in (
        "Kezia Thurrow plays Brisa Lowen, the retired lifeguard who swims out every dawn “to check "
        "the sea is still there”.",
        "Thurrow is cast as Brisa Lowen, an ex-lifeguard who runs a café “mostly out of spite”.",
        "Thurrow’s Brisa Lowen is a widow who keeps a lamp lit ‘for whoever is still out’.",
        "Tova Reyes stars as Ines Marr, a widow who has ‘no one left to row for’ and a boat.",
        'Reyes is Ines Marr, a ferry pilot who is "never quite sober and never quite wrong".',
    ):
        found = facts("Night Kettle, the new BBC comedy, is a hit.", sentence)
        assert served_quotes(found) == [], sentence


def test_an_actor_describing_her_part_is_still_a_quote() -> None:
    found = facts(
        "Night Kettle, the new BBC comedy, is a hit.",
        "Kezia Thurrow plays Brisa Lowen, a lapsed lifeguard who, Thurrow told us, is “basically "
        "me at twenty-five”.",
    )
    assert [q for q, _ in served_quotes(found)] == ["basically me"]
