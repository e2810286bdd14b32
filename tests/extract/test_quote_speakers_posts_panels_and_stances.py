"""Whose words a live blog's panel lines and a round-up's posts are: one named in the sentence's
own view ("X suggested it would be “...”") is never the one quoted before; "X to the fan:" is X's;
a caption its owner is named with is the owner's; a handle beside its owner's account is the
owner's; a question read out from a fan account is never the reader's."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = (
    "The Saltreach Con panel for Bricklight Hollow, with Osk Tamberlin, Fenna Drue and Wren Adair."
)


def _quotes(*paragraphs: str) -> dict[str, tuple[str, bool]]:
    found = facts(_LEDE, *paragraphs)
    return {q.text[:12]: (q.speaker, q.served) for q in found.quotes}


def test_a_new_sentence_with_its_own_named_view_is_not_the_last_speaker() -> None:
    found = _quotes(
        "Moderator Pim Ashgale asked the panel directly, and Drue said: “We genuinely don’t "
        "know. Nobody has told us.” Tamberlin suggested it would be “autumn-ish, probably”, "
        "but no date has been announced.",
    )
    assert found["We genuinely"] == ("Fenna Drue", True)
    speaker, served = found["autumn-ish, "]
    assert speaker != "Fenna Drue" or not served


def test_a_speaker_to_whom_they_talk_before_a_colon_is_the_speaker() -> None:
    found = _quotes(
        "15:30",
        "A fan dressed as a lighthouse keeper got a shout-out from Adair, who played a keeper "
        "in Corvid Lane in 2021. Adair to the fan: “That hat is better than mine was.”",
    )
    assert found["That hat is "] == ("Wren Adair", True)


def test_a_caption_named_with_its_owner_is_the_owners() -> None:
    found = _quotes(
        "The official Bricklight Hollow account posted a clip of director Jory Vance calling "
        "the final cut. Torvane Pictures' caption read: “Ada and Tam, one last time. Coming "
        "soon.”",
    )
    speaker, served = found["Ada and Tam,"]
    assert speaker != "Bricklight Hollow" or not served


def test_a_handle_beside_its_owners_account_is_the_owners() -> None:
    found = _quotes(
        "Quill Studios’ official account, @QuillStudiosUK, went simpler: “That’s a wrap.”"
    )
    assert found["That’s a wra"] == ("Quill Studios", True)


def test_a_question_read_out_from_a_fan_account_is_not_the_readers() -> None:
    found = _quotes(
        "Moderator Pim Ashgale introduced the cast.",
        '16:20 — Ashgale reads a question from fan account @dunmore_dreamer: "Will Ada and Tam '
        'get the ending they deserve?" Drue: “Osk has written them exactly that.”',
    )
    speaker, served = found["Will Ada and"]
    assert speaker != "Pim Ashgale" or not served
    assert found["Osk has writ"] == ("Fenna Drue", True)
