"""A part speaking in a fan's or a writer's retelling of a scene is the work's line, not a
quote: "Marnie saying “...”", "the closing line from Marnie, “...”", an actor's part telling
someone ("Ada Vale’s Marnie Holt tells him: “...”"), a clip of someone telling kin something,
someone who "gets the trailer's best moment: “...”", a voice "over the top" of footage and a
title card. Press quotes in the same shapes stay served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Selka Doone plays Marnie Holt in Brackwater, and Tobiah Renn plays Ezra Holt."


def _served(*paragraphs: str, title: str = "Brackwater: the reactions are in") -> list[str]:
    return [q.text for q in facts(_LEDE, *paragraphs, title=title).quotes if q.served]


def test_a_part_saying_the_words_in_a_fans_post_is_held() -> None:
    assert _served("Marnie saying “You only ever leave at night” ruined me.") == []


def test_a_part_after_a_sentence_opening_word_is_held() -> None:
    assert _served("Great finale. Also Marnie saying “not a chance” to the lawyer?? Iconic.") == []


def test_the_closing_line_from_a_part_is_held() -> None:
    assert _served("The closing line from Ezra, “Some doors stay shut”, is all over TikTok.") == []


def test_an_actors_part_telling_someone_is_held() -> None:
    assert _served("Wenna Carrow’s Agnes Pell tells him: “You can come home, you know.”") == []


def test_a_clip_of_someone_telling_kin_is_held() -> None:
    assert (
        _served("A clip of Agnes Pell telling her daughter “Nobody wins this one” went viral.")
        == []
    )


def test_someone_getting_the_trailers_moment_is_held() -> None:
    assert (
        _served("Selka Doone gets the trailer’s saddest moment in the barn: ‘Leave the light on.’")
        == []
    )


def test_a_voice_over_the_footage_is_held() -> None:
    assert (
        _served("The trailer opens on a pier, with Ezra’s voice over the top: “I stayed too long.”")
        == []
    )


def test_a_title_card_is_held() -> None:
    assert _served("The trailer ends on the title card “Brackwater – 3 May, on BBC One”.") == []


def test_an_example_of_a_kind_of_post_is_held() -> None:
    found = facts(
        "Hi everyone, Brackwater is streaming on BBC iPlayer as of 6am today.",
        "Please keep ALL finale talk in this thread for the next 7 days. Spoiler posts outside"
        ' the megathread will be removed. Yes, even titles like "I can\'t believe that twist".'
        " Especially those.",
        title="r/Brackwater · Finale megathread",
    )
    assert [q.text for q in found.quotes if q.served] == []


def test_an_actor_telling_the_press_is_still_served() -> None:
    assert _served("Selka Doone tells me: “I cried on the last day.”") == [
        "I cried on the last day."
    ]


def test_a_voice_over_the_phone_is_still_served() -> None:
    assert _served(
        "Selka Doone rang us from the set, her voice over the phone tired: “We are nearly done.”"
    ) == ["We are nearly done."]
