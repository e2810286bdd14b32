"""An actor's own words after "tells Variety", "telling the paper" or "tells them" in a piece
that names a trailer are an interview's quote, served as the actor's: only a known part told
the words, or the footage opening on a voice, makes them a line spoken in the work."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Pellworth Films released the first trailer for Quillon Reach on Monday."


def test_an_actor_telling_an_outlet_is_served() -> None:
    for line, text in (
        (
            "Idris Fallow plays Oren. He watched the trailer with his mum, and tells Screen"
            " Weekly: “She screamed.”",
            "She screamed.",
        ),
        (
            "Fallow loved the trailer, telling Screen Weekly, “It is the best thing I have done.”",
            "It is the best thing I have done.",
        ),
        (
            "In a clip posted online, Idris Fallow thanks fans and tells them: “Season two is"
            " happening.”",
            "Season two is happening.",
        ),
    ):
        found = facts(_LEDE, "Idris Fallow stars as Oren Vantress, a ferryman.", line)
        quote = next(q for q in found.quotes if q.text == text)
        assert quote.served, line  # held as "a line spoken in the work" before
        assert (quote.speaker, quote.source) in {
            ("Idris Fallow", SourceKind.PERSON),
            ("", SourceKind.UNATTRIBUTED),  # a participle's subject is not reached yet
        }, line


def test_a_podcast_opening_on_a_voice_is_no_footage() -> None:
    found = facts(
        _LEDE,
        "Idris Fallow stars as Oren Vantress, a ferryman.",
        "The trailer dropped today. Fallow’s podcast opens with his voice, shaky: “I nearly"
        " turned this part down.”",
    )
    quote = next(q for q in found.quotes if q.text == "I nearly turned this part down.")
    assert quote.served


def test_footage_opening_to_a_voice_is_held() -> None:
    found = facts(
        _LEDE,
        "Idris Fallow stars as Oren Vantress, a ferryman. The teaser opens to his voice, low:"
        " “Nobody crosses after dark.”",
    )
    quote = next(q for q in found.quotes if q.text == "Nobody crosses after dark.")
    assert not quote.served


def test_the_last_word_given_to_a_part_is_held() -> None:
    for line in (
        "The last word goes to Oren, over a shot of the quay: “Nobody crosses after dark.”",
        "The last line is Oren’s — “Nobody crosses after dark.”",
        "The final line is Oren’s, over a shot of the quay: “Nobody crosses after dark.”",
    ):
        found = facts(_LEDE, "Idris Fallow stars as Oren Vantress, a ferryman.", line)
        quote = next(q for q in found.quotes if q.text == "Nobody crosses after dark.")
        assert not quote.served, line
