"""A company that "said" something in a relative clause ("neither could the streamer Lumen,
which said only that “...”", "Lumen, which said that “...”, declined to go further") is whose
words they are: never the person the sentence before was about."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_which_said_is_not_the_earlier_subject() -> None:
    for sentence in (
        "We could not confirm that, and neither could Lumen, which said only that “everyone is "
        "shooting on the schedule that suits the film.”",
        "Lumen, which said only that “everyone is shooting on the schedule that suits the film,” "
        "declined to go further.",
    ):
        found = [
            (q.speaker, q.source)
            for q in facts(
                "Wenna Trelawny, who returns as the mother, is rumoured to have shot her scenes "
                f"in a single week. {sentence}"
            ).quotes
            if q.served
        ]
        assert ("Wenna Trelawny", SourceKind.PERSON) not in found, sentence
