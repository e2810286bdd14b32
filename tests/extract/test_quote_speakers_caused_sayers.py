"""A quotation introduced by a causative verb's object ("..., prompting one fan to write:",
"leading a viewer to ask:"): the one prompted says it, never the sentence's subject, who is
only what set them off."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _said(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:10]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_prompting_an_unnamed_fan_to_write() -> None:
    found = _said(
        "The trailer for Pennick Quay dropped on Tuesday.",
        "Greta Holloway, who plays the lighthouse keeper, is nowhere in it, prompting one fan "
        'to write: "Where is Greta? They\'re saving her."',
    )
    speaker, source = found["Where is G"]
    assert speaker != "Greta Holloway"
    assert source is SourceKind.UNNAMED


def test_leading_a_viewer_to_ask() -> None:
    found = _said(
        "The first clip of Salt Meadow arrived this morning.",
        "Rafe Tollerton is barely in the clip, leading a viewer to ask: “Is he the villain now?”",
    )
    speaker, source = found["Is he the "]
    assert speaker != "Rafe Tollerton"
    assert source is SourceKind.UNNAMED


def test_prompted_an_account_to_post() -> None:
    found = _said(
        "Tamsin Culverwell turned up at the Neap Water premiere in a borrowed suit, which prompted "
        "@lowtidedaily to post: “She is glowing. Give her every award.”",
    )
    assert found["She is glo"][0] == "@lowtidedaily"


def test_subject_who_writes_keeps_the_quote() -> None:
    found = _said(
        "The cast of Neap Water gathered for a read-through on Monday.",
        "Tamsin Culverwell marked the day with a post, writing: “Day one. Terrified.”",
    )
    assert found["Day one. T"][0] == "Tamsin Culverwell"


def test_one_got_to_speak_for_the_subject_says_the_subjects_words() -> None:
    for line in (
        "Vale missed the premiere, getting Tom Pryor to post her message: “I am so sorry.”",
        "Vale missed the premiere, getting Tom Pryor to say a few words for her: “I am so sorry.”",
        "Vale missed the premiere and got Tom Pryor to read her note: “I am so sorry.”",
    ):
        found = _said("Ada Vale stars in Fellgarth, out on Friday.", line)
        assert found["I am so so"][0] != "Tom Pryor", line


def test_a_speech_verb_main_clause_leaves_the_words_to_the_one_prompted() -> None:
    for verb in ("posted", "shared", "announced", "revealed", "teased"):
        found = _said(
            "Ada Vale stars in Fellgarth, out on Friday.",
            f"Vale {verb} the trailer on Monday, prompting one fan to write: “We are not ready.”",
        )
        assert found["We are not"] == ("one fan", SourceKind.UNNAMED), verb
