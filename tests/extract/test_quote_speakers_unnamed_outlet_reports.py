"""Words an unnamed outlet reports ("One trade paper reports that ... “...”") are no one's: never
a continuation of the company or person quoted in the sentence before."""

from bot.extract.outlet_reports import UNNAMED_OUTLET
from tests.extract.helpers import served_quote_speakers

_LEDE = "Marshlight, the eight-part drama about a drowning town, ended on Channel 4 on Sunday."


def test_a_trade_paper_report_after_a_channel_statement_is_not_the_channel_s() -> None:
    quotes = served_quote_speakers(
        _LEDE,
        "Channel 4 wants more. In a statement, the broadcaster said it was “talking to the "
        "writers about going back”. One trade paper reports that a second run is “pencilled "
        "in for the autumn”, citing a source close to the show.",
    )
    assert quotes.get("pencilled in for the autumn") != "Channel 4"


def test_a_tabloid_claim_after_a_studio_statement_is_not_the_studio_s() -> None:
    quotes = served_quote_speakers(
        _LEDE,
        "Gullwater Pictures said in a statement that it was “proud of every episode”. A "
        "tabloid claims that filming could start “straight after Easter”.",
    )
    assert quotes.get("straight after Easter") != "Gullwater Pictures"


def test_the_pattern_wants_an_unnamed_outlet_as_its_subject() -> None:
    assert UNNAMED_OUTLET.search("One trade paper reports that a second run is “")
    assert UNNAMED_OUTLET.search("Several outlets reported last week that the star was “")
    assert not UNNAMED_OUTLET.search("The Stage reports that the star was “")
    assert not UNNAMED_OUTLET.search("She said the paper was “")


def test_a_speaker_s_own_next_sentence_still_continues() -> None:
    quotes = served_quote_speakers(
        _LEDE,
        "Director Perpetua Lindqvist-Obi said the finale was “the only ending we ever had”. "
        "“We shot it first, before anything else,” she added.",
    )
    assert quotes.get("We shot it first, before anything else") == "Perpetua Lindqvist-Obi"
