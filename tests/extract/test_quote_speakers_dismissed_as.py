"""Words a named person "dismissed as “...”" are that person's, even in a sentence whose
subject is someone else ("The spokesperson declined to comment on X, which Y herself dismissed
last week as “...”")."""

from tests.extract.helpers import facts

_LEDE = "Lantern Yard tops the chart. Marisol Quenby-Arden stars as Tamsin Rook."


def _speaker(paragraph: str, text: str) -> str | None:
    found = facts(_LEDE, paragraph).quotes
    return next((q.speaker for q in found if q.served and q.text.startswith(text)), None)


def test_words_a_named_person_herself_dismissed_as_are_hers() -> None:
    paragraph = (
        "A Harrowgate spokesperson said: “We are delighted with the figures.” The spokesperson "
        "declined to comment on reports of a second series, which Marisol Quenby-Arden herself "
        "dismissed last week as “a rumour, for now.”"
    )
    assert _speaker(paragraph, "a rumour") == "Marisol Quenby-Arden"


def test_words_a_named_person_dismissed_as_are_his() -> None:
    paragraph = (
        "A Harrowgate spokesperson said: “We are delighted with the figures.” The spokesperson "
        "would not discuss a sequel, which Osric Penhallow-Dyer dismissed on Monday as "
        "“wishful thinking.”"
    )
    assert _speaker(paragraph, "wishful thinking") == "Osric Penhallow-Dyer"
