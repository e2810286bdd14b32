"""Quotes on invented text: a title in marks after an owner's possessive and a described work
noun ("in RTK's family drama “...”"), a trailer's moment told as a part speaking ("The teaser's
best moment is Ilse warning her brother, “...”"), a scare-quoted verb in a claim reported of a
crowd ("a few viewers argued the poster “proves” that ...") and the further sentence of a
quotation no one is named to say are not served as anyone's quote; people's words beside them
still are."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_a_title_after_an_owners_described_comedy_is_no_quote() -> None:
    served = _served(
        "Radek Mlynář, 27, is the first Czech actor to join Salt Roads.",
        "Czech audiences know him as Petr Malý, the lazy cousin in RTK’s family comedy “Dům u "
        "Řeky”, and from radio plays. “I was nervous for a month,” Mlynář says.",
    )
    assert served == ["I was nervous for "]


def test_a_title_after_a_genre_noun_is_no_quote() -> None:
    served = _served(
        "Eva Rusnáková, 31, joins the cast of the thriller Salt Roads.",
        "Slovak viewers know her as Lena Horak, the night registrar in Markíza’s hospital "
        "thriller “Biele Steny na Kopci”, and from the radio.",
        "Before that she spent a year in Nordlicht’s mountain soap “Dom na Kraji Lesa”.",
    )
    assert served == []


def test_a_trailers_moment_told_as_a_part_speaking_is_no_quote() -> None:
    served = _served(
        "Six things we learned from the Marsh Lanterns trailer.",
        "The teaser’s best moment is Ilse warning her brother, “The marsh always takes "
        "something back.” It will be on every poster.",
    )
    assert served == []


def test_a_trailers_big_moment_of_a_named_part_asking_is_no_quote() -> None:
    served = _served(
        "Eight things we learned from the Pale Orchard trailer.",
        "The trailer’s standout moment was Corin asking his mother, “Who planted the last "
        "tree?” Director Noor Hale said: “We cut that line twice.”",
    )
    assert served == ["We cut that line t"]


def test_a_scare_quoted_verb_in_a_crowds_claim_is_no_quote() -> None:
    served = _served(
        "Fans react to the first poster for Tin Harbour.",
        "A few viewers argued the poster “proves” that the lighthouse keeper survives. It does "
        "not.",
        "Some fans insisted the teaser “hints” that Rosa returns.",
    )
    assert served == []


def test_a_single_word_a_speaker_uses_of_herself_is_still_a_quote() -> None:
    found = facts(
        "Lumen Pictures on the festival opening for Tin Harbour.",
        "Lumen Pictures said it was “delighted” that the festival had picked the film.",
    )
    assert [q.text for q in found.quotes if q.served] == ["delighted"]


def test_the_further_sentence_of_a_quote_no_one_is_named_to_say_is_held() -> None:
    found = facts(
        "Set report: a wet week on the Tin Harbour shoot.",
        "“We lost two days to rain,” the 30-year-old said. “The generator flooded too.”",
    )
    served = [q.text[:12] for q in found.quotes if q.served and not q.speaker]
    assert "The generato" not in served
