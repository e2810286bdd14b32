"""Quotes on invented text: words that a sentence has someone else named write ("Varga, whose
... , wrote that it was “...”") are never credited from context to a person named before, and
words that posts or comments in general ask or say are no one's quote."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind, bool]]:
    found = facts(*paragraphs)
    return {q.text[:14]: (q.speaker, q.source, q.served) for q in found.quotes}


def test_someone_else_named_in_the_sentence_is_not_overruled_by_context() -> None:
    for line in (
        "Varga, whose documentary Saltwind won a prize in Ghent, wrote that it had been "
        "“the calmest shoot of my life”.",
        "Varga, who lit the whole film with candles, later posted that the job was "
        "“the calmest shoot of my life”.",
    ):
        found = _quotes(
            "The cast included Mina Olander, who plays the innkeeper's daughter.",
            "The film's cinematographer, Tomas Varga, shared a photograph of the last slate. "
            + line,
        )
        speaker, _, served = found["the calmest sh"]
        assert speaker == "Tomas Varga" or not served, line


def test_words_posts_in_general_ask_are_no_ones_quote() -> None:
    for line in (
        "The studio Pellucid has said nothing, so posts asking “is there a date yet” will be "
        "deleted.",
        "Pellucid has been silent, and comments saying “release it already” get removed.",
    ):
        found = _quotes("Pellucid is making the film.", line)
        quote = next(v for k, v in found.items() if k.startswith(("is there", "release")))
        assert not quote[2], line


def test_a_quote_tweet_is_the_posters_words() -> None:
    for line in (
        "Ilse quote-tweeted the teaser with “three years of work. see you friday!!”",
        "Late on Monday Ilse quote-posted the poster: “three years of work. see you friday!!”",
    ):
        found = _quotes("Ilse Brandvold plays the lighthouse keeper in Northlight.", line)
        assert found["three years of"] == ("Ilse Brandvold", SourceKind.PERSON, True), line


def test_a_documents_words_go_to_the_company_the_article_is_about() -> None:
    for intro in ("The official synopsis reads:", "The film's official description reads:"):
        found = _quotes(
            "Northlight arrives on Vireo in the spring, Vireo confirmed. Vireo has not set a day.",
            "Rowan Ames directs, and Haldane Pictures is producing.",
            f"{intro} “A keeper and a stranger share one winter on a rock in the sea.”",
            "A Vireo trailer is expected soon.",
        )
        speaker, source, _ = found["A keeper and a"]
        assert speaker != "Haldane Pictures", intro
        assert source in {SourceKind.ORGANISATION, SourceKind.UNATTRIBUTED}, intro


def test_words_after_who_said_are_the_relative_clauses_subjects() -> None:
    for line, speaker, source in (
        (
            "Her exit was confirmed by a Vireo spokesperson, who said: “We wish her well.”",
            "Vireo spokesperson",
            SourceKind.UNNAMED,
        ),
        (
            "The recast was announced by Hana Sato, who added: “We wish her well.”",
            "Hana Sato",
            SourceKind.PERSON,
        ),
    ):
        found = _quotes("Vireo is making Northlight, produced by Hana Sato.", line)
        assert found["We wish her we"] == (speaker, source, True), line


def test_a_companys_platform_post_is_not_a_person_named_before() -> None:
    for line in (
        "Vireo's Instagram posted a photo of the slate with the caption “Day one. Last winter.”",
        "Then Vireo UK's official TikTok shared a clip captioned “Day one. Last winter.”",
    ):
        found = _quotes("Ilse Brandvold plays the lighthouse keeper in Northlight.", line)
        speaker, _, served = found["Day one. Last "]
        assert not (served and speaker == "Ilse Brandvold"), line
