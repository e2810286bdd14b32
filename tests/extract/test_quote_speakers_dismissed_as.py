"""Words a named person "dismissed as “...”" are that person's, even in a sentence whose
subject is someone else ("The studio had nothing to add on X, an idea Y herself dismissed on
Sunday as “...”")."""

from tests.extract.helpers import facts

_LEDE = "Lantern Yard tops the chart. Marisol Quenby-Arden stars as Tamsin Rook."


def _speaker(paragraph: str, text: str) -> str | None:
    found = facts(_LEDE, paragraph).quotes
    return next((q.speaker for q in found if q.served and q.text.startswith(text)), None)


def test_words_a_named_person_herself_dismissed_as_are_hers() -> None:
    paragraph = (
        "A Harrowgate spokesperson said: “We are delighted with the figures.” The spokesperson "
        "had nothing to add on talk of a prequel, an idea Marisol Quenby-Arden herself "
        "dismissed on Sunday as “a lovely daydream, nothing more.”"
    )
    assert _speaker(paragraph, "a lovely daydream") == "Marisol Quenby-Arden"


def test_words_a_named_person_dismissed_as_are_his() -> None:
    paragraph = (
        "A Harrowgate spokesperson said: “We are delighted with the figures.” The spokesperson "
        "would not discuss a sequel, which Osric Penhallow-Dyer dismissed on Monday as "
        "“wishful thinking.”"
    )
    assert _speaker(paragraph, "wishful thinking") == "Osric Penhallow-Dyer"
