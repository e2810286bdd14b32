"""A name's pronunciation in marks ("it's pronounced “...”") and a line a trailer round-up has a
part snarl ("“...,” she snarls at one point") are nobody's quote; a real remark still is, even
one "pronounced with a smile" or "barked at the press"."""

from tests.extract.helpers import facts, served_quotes

_PRONUNCIATION = "a name's pronunciation, not anything said"


def test_a_pronunciation_in_brackets_is_no_quote() -> None:
    found = facts(
        "Ysmay Tregothnan (it’s pronounced “IZ-may tre-GOTH-nan”, before you ask) plays Cass "
        "Tremlow, a ferry pilot, in the new drama Fenmoor Bell.",
    )
    assert served_quotes(found) == []


def test_a_name_pronounced_like_a_respelling_is_no_quote() -> None:
    found = facts(
        "The newcomer Gwyneira Tasse, whose name is pronounced like “gwin-EYE-ra TASS-ee”, "
        "joins the cast of Fenmoor Bell as Wenlock.",
        "Tasse told us: “I could not believe it when the call came.”",
    )
    assert [q.doubt for q in found.quotes if q.text.startswith("gwin")] == [_PRONUNCIATION]
    assert served_quotes(found) == [("I could not ", "Gwyneira Tasse")]


def test_a_pronounced_as_respelling_is_no_quote() -> None:
    found = facts(
        "Fenmoor Bell adds Ysmay Tregothnan to its cast. Her name is pronounced as ‘IZ-may "
        "tre-GOTH-nan’, and she plays the lighthouse keeper's daughter.",
    )
    assert [q.doubt for q in found.quotes] == [_PRONUNCIATION]
    assert served_quotes(found) == []


def test_a_line_pronounced_with_a_smile_is_still_a_quote() -> None:
    found = facts(
        "Cadi Dunworth returns for the second series of Fenmoor Bell.",
        "Cadi Dunworth pronounced “I will never go back” with a smile.",
    )
    assert [words for words, _ in served_quotes(found)] == ["I will never"]


def test_a_line_a_part_snarls_in_the_trailer_is_no_quote() -> None:
    found = facts(
        "The first trailer for Fenmoor Bell is out, and it is all storms and secrets.",
        "Morwen Feverel plays Cass Tremlow, the ferry pilot, and the trailer shows her at her "
        "worst. “Nobody leaves this marsh. Not tonight,” she snarls at one point.",
    )
    assert served_quotes(found) == []


def test_a_line_a_named_actor_growls_in_a_teaser_is_no_quote() -> None:
    found = facts(
        "Five things we spotted in the Fenmoor Bell teaser.",
        "Orrin Tasse plays the harbourmaster, and the teaser gives him the best moment. “Keep "
        "your lamps lit,” Tasse growls, as the waves hit the pier.",
    )
    assert served_quotes(found) == []


def test_a_remark_to_the_press_about_a_trailer_is_still_a_quote() -> None:
    found = facts(
        "The first trailer for Fenmoor Bell is out.",
        "Morwen Feverel, who plays Cass Tremlow, told us about the shoot. “We were soaked every "
        "single day,” she said.",
    )
    assert served_quotes(found) == [("We were soak", "Morwen Feverel")]


def test_a_remark_barked_at_the_press_is_still_a_quote() -> None:
    found = facts(
        "The first trailer for Fenmoor Bell is out.",
        "Cadi Dunworth talked about the trailer's storm. “I was soaked,” Dunworth barks at the "
        "press, laughing.",
    )
    assert served_quotes(found) == [("I was soaked", "Cadi Dunworth")]
