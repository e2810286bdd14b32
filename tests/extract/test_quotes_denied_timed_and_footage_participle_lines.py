"""Words in marks that are no one's quote: a claim the next sentence denies ("posted that it
"opens on 3 May". It doesn't."), a bare time phrase credited to no one ("had pencilled it in
for “early autumn”"), and a part's line in a trailer given with a participle ("Dana Pell as
Rue saying “...”", "Rue, lamp in hand, whispering “...”"); a real remark still is."""

from tests.extract.helpers import facts, served_quotes

_TIME_DOUBT = "a time phrase in marks, said by no one"


def test_a_posted_claim_the_next_sentence_denies_is_no_quote() -> None:
    found = facts(
        "Quernmoor Lights will stream on Friday 5 June.",
        'A couple of fans have posted that the series "opens on 3 May". It doesn\'t. 3 May '
        "is the press screening.",
    )
    assert served_quotes(found) == []


def test_a_claim_some_users_shared_then_denied_is_no_quote() -> None:
    found = facts(
        "Quernmoor Lights will stream on Friday 5 June.",
        "Some users shared that the show “lands in April”. It won't. The date is June.",
    )
    assert served_quotes(found) == []


def test_a_bare_time_phrase_credited_to_no_one_is_no_quote() -> None:
    found = facts(
        "Quernmoor Lights arrives on Friday 5 June.",
        'Earlier reports had pencilled the drama in for "early autumn", but the trailer '
        "confirms June.",
    )
    assert served_quotes(found) == []


def test_a_time_phrase_slated_in_marks_is_no_quote() -> None:
    found = facts(
        "Fenmoor Bell arrives on Friday 5 June.",
        "At one point the drama was down for “late spring 2027”, then the schedule moved again.",
    )
    assert [q.doubt for q in found.quotes] == [_TIME_DOUBT]
    assert served_quotes(found) == []


def test_the_end_of_the_year_in_marks_is_no_quote() -> None:
    for words in ("the end of the year", "by the end of the year"):
        found = facts(
            "Fenmoor Bell arrives on Friday 5 June.",
            f"The drama was first slated for “{words}” before the schedule moved.",
        )
        assert [q.doubt for q in found.quotes] == [_TIME_DOUBT]


def test_a_time_phrase_a_streamer_said_is_still_a_quote() -> None:
    found = facts(
        "Quernmoor Lights is coming to Glimmerline.",
        "Glimmerline has only said “autumn 2026”.",
    )
    assert [q for q, _ in served_quotes(found)] == ["autumn 2026"]


def test_a_part_saying_a_line_in_a_teaser_is_no_quote() -> None:
    found = facts(
        "The Quernmoor Lights teaser is here, and it has a date.",
        "Dana Pell as Rue Marsh saying “You can always come home, pet” – cruel of them to put "
        "that in a teaser.",
    )
    assert served_quotes(found) == []


def test_a_part_whispering_a_line_in_a_trailer_piece_is_no_quote() -> None:
    found = facts(
        "Quernmoor Lights trailer: eight things we spotted",
        "The moment everyone is sharing: Rue, lamp in hand, whispering “The tide is not "
        "coming in. It is coming for us.” Chills.",
        title="Quernmoor Lights trailer: eight things we spotted",
    )
    assert served_quotes(found) == []


def test_an_actor_talking_about_a_trailer_is_still_a_quote() -> None:
    found = facts(
        "The Quernmoor Lights trailer is out.",
        "Dana Pell, who plays Rue Marsh, told us about the shoot. “We were frozen every day,” "
        "she said.",
    )
    assert served_quotes(found) == [("We were froz", "Dana Pell")]


def test_a_time_phrase_a_channel_says_unnamed_elsewhere_is_still_served() -> None:
    found = facts(
        "Quernmoor Lights is coming back.",
        "There isn't a date. Glimmerline One has only said “next year”, and every leaked date is "
        "made up.",
    )
    assert [q for q, _ in served_quotes(found)] == ["next year"]
