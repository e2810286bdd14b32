"""Quotes on invented text: the second part of an account's post is held with the first when
both would go to a person named before; a headline shaped "Name: words" is never a served
answer; "Asked whether ..., she ..." opening a paragraph is not whoever the one before named."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served_texts(*paragraphs: str, title: str | None = None) -> set[str]:
    found = facts(*paragraphs, title=title)
    return {q.text for q in found.quotes if q.served}


def test_an_account_posts_continuation_is_not_the_person_named_before() -> None:
    for line in (
        "Mira Tolland posted a selfie from the set. The official @brightwater account posted a "
        "clip of the crew. “That is a wrap,” the account wrote. “Back in the spring.”",
        "Mira Tolland shared a photo first. Then the @brightwater page posted a reel. “That is "
        "a wrap,” the page wrote. “Back in the spring.”",
    ):
        served = _served_texts("Filming on Brightwater has ended.", line)
        assert "Back in the spring." not in served, line
        assert "That is a wrap" not in served, line


def test_a_headline_after_a_question_is_not_an_answer() -> None:
    for title, lede in (
        ("Ada Corran: the last summer of Wren Hollis, and after", "What comes after Wren?"),
        ("Tomas Ulbrecht: a quiet exit from Harbour Lane", "Where does he go from here?"),
    ):
        served = _served_texts(
            f"Ada Corran has spent a decade on screen. {lede}",
            "Ada Corran stood on the carpet in Leeds last week.",
            title=title,
        )
        assert not any(title.split(": ", 1)[1] in text for text in served), title


def test_a_paragraph_opening_on_asked_is_not_the_one_named_before() -> None:
    for line in (
        "Asked whether she has a favourite scene, she thinks for a while. “The one on the "
        "ferry at night. I would watch it again.”",
        "Asked what she would change, she laughs. “The one on the ferry at night. I would "
        "shoot it again.”",
    ):
        found = facts(
            "Orla Pettigrew lit every frame of Saltreach, the new drama.",
            "Saltreach's director, Maren Quayle, says she trusts Pettigrew completely. “She "
            "sees light the way others hear music.”",
            line,
        )
        quote = next(q for q in found.quotes if q.text.startswith("The one on the ferry"))
        assert quote.speaker != "Maren Quayle", line


def test_a_paragraph_opening_on_asked_after_the_same_speaker_stays_theirs() -> None:
    found = facts(
        "Orla Pettigrew lit every frame of Saltreach, the new drama.",
        "Pettigrew is wary of saying much. “It is a quiet film,” she said.",
        "Asked whether she would shoot a sequel, she smiled. “Only on the same ferry.”",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Only on the same"))
    assert quote.speaker == "Orla Pettigrew"
