"""The passive report of what someone did ("Ada Vale and Bo Reyes were said to have “stayed
until the lights came up”", "Vale is said to be “thrilled”", "Reyes was reported to have been
“in tears”") describes its subject in someone else's words: the quote is never the subject's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(text: str, *paragraphs: str) -> set[str]:
    return {
        q.speaker
        for q in facts(*paragraphs).quotes
        if q.text == text and q.served and q.source is SourceKind.PERSON
    }


def test_subject_said_to_have() -> None:
    for said in (
        "were said to have",
        "were reported to have",
        "are said to have",
        "were rumoured to have",
        "were understood to have",
    ):
        found = _speakers(
            "stayed until the lights came up",
            "The cast of Quay Street gathered in a Bristol bar on Friday night.",
            f"Wenna Trelawny and Corin Ashdown {said} “stayed until the lights came up”.",
        )
        assert not found & {"Wenna Trelawny", "Corin Ashdown"}, said


def test_single_subject_said_to_be() -> None:
    found = _speakers(
        "absolutely thrilled",
        "Filming on Quay Street began in Bristol on Monday.",
        "Wenna Trelawny is said to be “absolutely thrilled” with the scripts.",
    )
    assert "Wenna Trelawny" not in found
