"""Names that are not the speaker though they sit where a subject would: a podcast's name
before its noun ("The Splice Desk podcast ... he says"), a work that is the object of "from"
with the speaker's name in apposition after it, and an earlier "said" before a closing "with X
promising" clause."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes}


def test_a_podcasts_name_is_not_a_pronouns_person() -> None:
    found = _quotes(
        "The Splice Desk podcast this week has editor Rufus Lantern on how he cut a long take."
        " “I kept every frame, and it took me a month,” he says.",
        "The Night Ledger newsletter has critic Oona Pike on the festival. “Too long,” she says.",
    )
    assert found["I kept every frame, and it took me a month"][0] != "Splice Desk"
    assert found["Too long"][0] != "Night Ledger"


def test_near_miss_a_guest_on_a_podcast_keeps_the_credit() -> None:
    found = _quotes(
        "On the Loose Reel podcast, Hetty Brume recalls the shoot. “It rained for a week,” she"
        " says."
    )
    assert found["It rained for a week"] == ("Hetty Brume", SourceKind.PERSON)


def test_the_name_beside_an_owned_work_speaks() -> None:
    found = _quotes(
        "Earlier today Tamsin Ollery's co-star from Sky's Copper Lane, Bram Kettering, posted a"
        " message: “Break a leg, Tam.”",
        "Her old castmate in the BBC's Tin Harbour, Suki Marlowe, wrote: “Proud of you.”",
    )
    assert found["Break a leg, Tam."][0] == "Bram Kettering"
    assert found["Proud of you."][0] == "Suki Marlowe"


def test_near_miss_a_subject_with_a_named_aside_keeps_the_usual_rule() -> None:
    found = _quotes("The director, Jo Reyes, said: “We shot it twice.”")
    assert found["We shot it twice."][0] == "Jo Reyes"


def test_a_closing_with_clause_gives_the_quote_to_its_doer() -> None:
    found = _quotes(
        "Filming starts in Whitby in spring, the broadcaster said, with showrunner Corin Vask"
        " promising “more gulls, more graves”.",
        "The studio confirmed the date, with producer Hal Brent adding: “We are thrilled.”",
    )
    assert found["more gulls, more graves"][0] == "Corin Vask"
    assert found["We are thrilled."][0] == "Hal Brent"


def test_near_miss_a_with_clause_that_says_nothing_is_no_ones() -> None:
    found = _quotes("The premiere went ahead, with Ada Vale starring as “the ghost”.")
    assert found.get("the ghost", ("", SourceKind.UNATTRIBUTED))[0] != "Ada Vale"
