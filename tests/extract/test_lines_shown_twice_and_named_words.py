"""Words served with no speaker that a quote with a speaker holds too (a standfirst's summary,
a pull quote set out again) are that quote shown twice: only the credited one stands. A word
named as a word ("the word “reboot”") is no quote, whoever the sentence is about."""

from __future__ import annotations

from bot.extract.quote_repeats import said_once
from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    found = facts(*paragraphs, title="Harrow Lane’s stars step out together")
    return [(q.text, q.speaker) for q in found.quotes if q.served]


def test_a_standfirsts_uncredited_words_repeated_by_a_named_source_are_dropped() -> None:
    quotes = [
        QuoteFact("only old friends", "", SourceKind.UNATTRIBUTED, "", fragment=True),
        QuoteFact("They are only old friends.", "Perrin Vosk", SourceKind.PERSON, "Vosk said"),
    ]
    assert [q.text for q in said_once(quotes)] == ["They are only old friends."]


def test_uncredited_words_no_credited_quote_holds_are_kept() -> None:
    quotes = [
        QuoteFact("the best summer ever", "", SourceKind.UNATTRIBUTED, "", fragment=True),
        QuoteFact("They are only old friends.", "Perrin Vosk", SourceKind.PERSON, "Vosk said"),
    ]
    assert len(said_once(quotes)) == 2


def test_a_pull_quote_repeating_a_credited_quote_is_served_once() -> None:
    served = _served(
        "Tamsin Rell lit the whole chase by one streetlamp.",
        "“We had a lamp and a prayer,” says Tamsin Rell, the cinematographer.",
        "Pull quote: “We had a lamp and a prayer.”",
    )
    assert [speaker for text, speaker in served if text.startswith("We had a lamp")] == [
        "Tamsin Rell"
    ]


def test_a_word_named_as_a_word_is_held() -> None:
    served = _served(
        "Corin Ashdale plays the lead in the new series.",
        "What next? His manager has, he says, banned him from using the word “reboot” on"
        " podcasts. He grins.",
    )
    assert all(text != "reboot" for text, _ in served)


def test_words_someone_says_about_a_word_are_still_served() -> None:
    served = _served(
        "Corin Ashdale plays the lead in the new series.",
        "“I am not allowed to say sequel,” Ashdale says, laughing.",
    )
    assert ("I am not allowed to say sequel", "Corin Ashdale") in served


def test_a_post_with_the_words_stays_the_posters() -> None:
    served = _served(
        "Corin Ashdale plays the lead in the new series.",
        "Ashdale posted a photo of the call sheet with the words “last day, big feelings”.",
    )
    assert ("last day, big feelings", "Corin Ashdale") in served
