"""A foreign version's voice of a part: "X returns as the French voice of Tom", "Y, as the
German-language voice of Mira" names who dubs the part, never who plays it; "as the voice of"
in an animated film's cast stays a casting (invented sentences in several outlets' phrasings)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Harbour Lights opens across Europe on Friday."


def test_a_languages_voice_of_a_part_is_no_casting() -> None:
    for sentence in (
        "Anaïs Berthier returns as the French voice of Tom, a job she has held since 2021.",
        "Jonas Reuter is back as the German-language voice of Mira for the finale.",
        "The Madrid studio has kept Lucía Ferrer as the Spanish voice of Tom.",
    ):
        found = facts(_LEDE, sentence)
        assert not {a for a, _ in pairs(found)} & {"Anaïs Berthier", "Jonas Reuter", "Lucía Ferrer"}


def test_an_animated_casts_voice_of_a_part_stays_a_casting() -> None:
    found = facts(_LEDE, "Anaïs Berthier stars as the voice of Tom, a lighthouse keeper.")
    assert ("Anaïs Berthier", "Tom") in pairs(found)


def test_an_accents_voice_of_a_part_with_no_dub_stays_a_casting() -> None:
    lede = "Quarrow Fen, an animated fable, opens on Friday."
    for sentence, pair in (
        ("Corra Lisk stars as the Irish voice of Tom, an Irish fisherman.", ("Corra Lisk", "Tom")),
        ("Wend Abbot is cast as the English voice of Mira, a fox.", ("Wend Abbot", "Mira")),
        (
            "Marra Oldcastle returns as the Welsh voice of the narrator, Tom.",
            ("Marra Oldcastle", "Tom"),
        ),
    ):
        assert pair in pairs(facts(lede, sentence)), sentence
