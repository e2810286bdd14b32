"""A name's pronunciation in marks ("it's pronounced “...”") and a line a trailer round-up has a
part snarl ("“...,” she snarls at one point") are nobody's quote; a real remark still is."""

from tests.extract.helpers import facts, served_quotes


def test_a_pronunciation_in_brackets_is_no_quote() -> None:
    found = facts(
        "Tamsin Ui Dhuinn (it’s pronounced “TAM-sin ee GWIN”, before you ask) plays Orla Brisk, "
        "a ferry pilot, in the new drama Harbour Lights.",
    )
    assert served_quotes(found) == []


def test_a_name_pronounced_like_a_respelling_is_no_quote() -> None:
    found = facts(
        "The newcomer Siobhra Kell, whose first name is pronounced like “SHIV-ra”, joins the "
        "cast of Harbour Lights as Nell.",
        "Kell told us: “I could not believe it when the call came.”",
    )
    assert served_quotes(found) == [("I could not ", "Siobhra Kell")]


def test_a_pronounced_as_respelling_is_no_quote() -> None:
    found = facts(
        "Harbour Lights adds Aoibhe Rusk to its cast. Her name is pronounced as ‘EE-va’, and she "
        "plays the lighthouse keeper's daughter.",
    )
    assert served_quotes(found) == []


def test_a_line_a_part_snarls_in_the_trailer_is_no_quote() -> None:
    found = facts(
        "The first trailer for Harbour Lights is out, and it is all storms and secrets.",
        "Mara Quill plays Orla Brisk, the ferry pilot, and the trailer shows her at her worst. "
        "“Nobody leaves this island. Not tonight,” she snarls at one point.",
    )
    assert served_quotes(found) == []


def test_a_line_a_named_actor_growls_in_a_teaser_is_no_quote() -> None:
    found = facts(
        "Five things we spotted in the Harbour Lights teaser.",
        "Tom Brisk plays the harbourmaster, and the teaser gives him the best moment. “Keep "
        "your lamps lit,” Brisk growls, as the waves hit the pier.",
    )
    assert served_quotes(found) == []


def test_a_remark_to_the_press_about_a_trailer_is_still_a_quote() -> None:
    found = facts(
        "The first trailer for Harbour Lights is out.",
        "Mara Quill, who plays Orla Brisk, told us about the shoot. “We were soaked every "
        "single day,” she said.",
    )
    assert served_quotes(found) == [("We were soak", "Mara Quill")]
