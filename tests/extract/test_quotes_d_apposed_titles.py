"""Words shaped like a title, set between commas after a noun or after "known as", are a name."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if q.served}


def test_a_title_in_apposition_to_any_noun_is_held() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "For the finale she chose one motif, “Cnoc na Gaoithe”, an air her aunt taught her.",
    )
    assert "Cnoc na Gaoithe" not in found


def test_a_stage_version_title_with_a_dash_is_held() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "A touring version, “Brine Songs – On Stage”, with a new cast, follows next year.",
    )
    assert "Brine Songs – On Stage" not in found


def test_a_dubbed_title_after_known_as_is_held_in_any_casing() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "In Spain the film is known to audiences as “Canciones de sal”, and it opens a week later.",
    )
    assert "Canciones de sal" not in found


def test_a_remark_in_apposition_is_still_served() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "Mara Quill told reporters her answer, “not this year, sorry”, was final.",
    )
    assert "not this year, sorry" in found


def test_a_spoken_sentence_after_a_noun_is_still_served() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "Asked about the ending, Mara Quill said: “It is Quiet And Sad, honestly.”",
    )
    assert "It is Quiet And Sad, honestly." in found
