"""Words a sentence gives someone other than its subject: a teller's report that the director
kept whispering “...”, or a host quoting another's message. They are never the teller's or the
host's; a quoted message is its writer's when the article knows the writer in full."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brannoch Tide, directed by Seonag Dorrimore, opened the Kelby festival on Friday."


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_directors_habit_a_teller_reports_is_not_the_tellers() -> None:
    served = _served(
        "Tulvey Ferrowby, who plays Nim, told the crowd the director had a habit of whispering"
        " “one more, with feeling” before every last take.",
    )
    assert served.get("one more, with feeling", ("", SourceKind.UNATTRIBUTED))[0] != (
        "Tulvey Ferrowby"
    )


def test_a_tellers_own_words_after_told_stay_hers() -> None:
    served = _served("Tulvey Ferrowby told the crowd she was “over the moon” to be there.")
    assert served["over the moon"] == ("Tulvey Ferrowby", SourceKind.PERSON)


def test_a_message_a_host_quotes_is_its_known_writers() -> None:
    served = _served(
        "Host Ilsabet Quennet closed by quoting Dorrimore’s message to the cast: “Look after"
        " each other out there.”",
    )
    assert served["Look after each other out there."] == ("Seonag Dorrimore", SourceKind.PERSON)


def test_a_message_from_a_writer_not_known_in_full_is_not_the_hosts() -> None:
    served = _served(
        "Host Ilsabet Quennet closed by quoting Quarnby’s message to the cast: “Look after each"
        " other out there.”",
    )
    speaker = served.get("Look after each other out there.", ("", SourceKind.UNATTRIBUTED))[0]
    assert speaker != "Ilsabet Quennet"
