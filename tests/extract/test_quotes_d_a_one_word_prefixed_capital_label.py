"""A transcript's one-word label in capitals that keeps a surname prefix small ("McBRIDE:") is
the person the article writes as "McBride": their answers are quotes, as a plain one-word label
in capitals ("ROURKE:") always was."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Transcript: Tadhg McBride on Ferrow Bay and his first lead"


def _page(label: str, name: str) -> list[tuple[str, str]]:
    return served_quotes(
        facts(
            f"Actor Tadhg {name} came on the morning show to talk about Ferrow Bay.",
            "HOST: Who do you play in Ferrow Bay?",
            f"{label}: A harbour master with a temper and a very old dog.",
            "HOST: And was the dog trained?",
            f"{label}: Not remotely. She ate two scripts in a week.",
            title=_TITLE.replace("McBride", name),
        )
    )


def test_a_prefixed_one_word_label_answers_as_the_person() -> None:
    quotes = _page("McBRIDE", "McBride")
    assert ("A harbour ma", "Tadhg McBride") in quotes
    assert ("Not remotely", "Tadhg McBride") in quotes


def test_a_plain_one_word_label_in_capitals_still_answers() -> None:
    quotes = _page("ROURKE", "Rourke")
    assert ("A harbour ma", "Tadhg Rourke") in quotes
