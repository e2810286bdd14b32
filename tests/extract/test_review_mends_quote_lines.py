"""Review 44-B, quote lines: a work's own clip shared by its studio or cast, titles with "!" or
an abbreviation, a determiner "that" after "posted", "needless to say", and remarks a sentence
names ("was her answer", "the line landed", "Me at 5am: ..., she wrote") that stay the
speaker's."""

from __future__ import annotations

from bot.facts import ArticleFacts, QuoteFact, SourceKind
from tests.extract.helpers import facts

LEDE = "The Copper Bay film is out now."


def _quote(found: ArticleFacts, opening: str) -> QuoteFact | None:
    return next((q for q in found.quotes if q.text.startswith(opening)), None)


def _served(found: ArticleFacts, opening: str) -> tuple[str, SourceKind] | None:
    q = _quote(found, opening)
    return None if q is None or not q.served else (q.speaker, q.source)


def _never_served(found: ArticleFacts, opening: str) -> bool:
    q = _quote(found, opening)
    return q is None or not q.served


# B2: the work's footage shared by a studio or an actor is still the work's line.


def test_a_line_in_a_clip_from_the_series_is_held() -> None:
    for para in (
        "Tom Reyes plays Wren. Netflix has released a short clip from the first episode. "
        "“Nobody leaves the pier tonight,” he says in the clip.",
        "Tom Reyes, who plays Wren, shared a clip from episode two on Instagram. “Nobody leaves "
        "the pier tonight,” he says in the clip.",
        "Netflix has released a new clip from the series. “Nobody leaves the pier tonight,” Wren "
        "says in the clip.",
        "Tom Reyes plays Wren. He posted a teaser video on Friday. “Nobody leaves the pier "
        "tonight,” he says in the clip.",
    ):
        assert _never_served(facts(LEDE, para), "Nobody leaves"), para


def test_a_clip_the_speaker_posted_of_themselves_is_their_own() -> None:
    found = facts(
        LEDE,
        "Ada Vale has posted a video thanking fans. “You kept this show alive,” she says in the "
        "clip.",
    )
    assert _served(found, "You kept") == ("Ada Vale", SourceKind.PERSON)
    found = facts(
        LEDE,
        "Ada Vale plays Nell. She has shared a message for fans on Instagram. “Thank you for "
        "watching,” she says in the clip.",
    )
    assert _served(found, "Thank you") == ("Ada Vale", SourceKind.PERSON)


# B3 / C1: titles carry "!" and abbreviations; a slogan of several full stops is still words.


def test_titles_with_an_exclamation_or_an_abbreviation_are_no_quotes() -> None:
    for para, title in (
        (
            "Ada Crane said she grew up watching “Mamma Mia! Here We Go Again” with her mum.",
            "Mamma",
        ),
        (
            "Ada Crane has joined the cast. She previously appeared in “Oklahoma! The Musical” "
            "on tour.",
            "Oklahoma",
        ),
        (
            "Ada Crane, who starred in “The Marvelous Mrs. Maisel”, joins the cast as Wren.",
            "The Marv",
        ),
        ("Vale’s favourite film is “Sgt. Bilko”, she told us.", "Sgt"),
        ("Ada Crane loved “Capt. Fury Returns” as a child.", "Capt"),
        ("Ada Crane said she first played “Harbour Songs Vol. Two” at school.", "Harbour"),
    ):
        assert _never_served(facts(LEDE, para), title), para


def test_a_slogan_of_short_sentences_is_still_the_posters() -> None:
    found = facts(
        LEDE,
        "Ada Crane posted a photo of the script, captioned “Snack. Sob. Rewatch.”",
    )
    assert _served(found, "Snack") == ("Ada Crane", SourceKind.PERSON)


# B4 / C2: "that" as a determiner, and "needless to say", report nothing.


def test_posted_that_before_a_noun_is_no_report() -> None:
    for para, term in (
        ("Ada Crane posted that “wrap party” selfie on Friday.", "wrap party"),
        ("Ada Crane shared that “wrap party” photo on Friday.", "wrap party"),
        ("Tom Reyes reposted that “lighthouse kiss” clip within minutes.", "lighthouse"),
        ("Needless to say, the “secret ending” never showed up.", "secret"),
        ("Ada Vale plays Wren. It is fair to say her “accent” has divided viewers.", "accent"),
    ):
        assert _never_served(facts(LEDE, para), term), para


def test_said_that_before_a_clause_is_still_a_report() -> None:
    found = facts(LEDE, "Ada Crane confirmed to us that “the whole cast is coming back”.")
    assert _served(found, "the whole") == ("Ada Crane", SourceKind.PERSON)


# B8: a named remark that the next words call a line stays the speaker's.


def test_a_named_remark_called_a_line_stays_served() -> None:
    found = facts(
        LEDE,
        "“I am not going anywhere,” Ada Crane said, and fans have heard her say that line at every "
        "panel.",
    )
    assert _served(found, "I am not") == ("Ada Crane", SourceKind.PERSON)


def test_a_review_line_credited_to_no_one_that_lands_is_held() -> None:
    found = facts(
        LEDE,
        "In the last scene Wren is asked who will stay. “Somebody has to mind the light,” and the "
        "line hits like cold water.",
    )
    assert _never_served(found, "Somebody has")


# B9: "“...” was the verdict from Crane" reports a remark.


def test_a_remark_named_as_an_answer_stays_served() -> None:
    for tail in (
        "was the verdict from Crane.",
        "was Crane’s answer.",
        "has become her stock answer.",
        "is something she says often.",
    ):
        found = facts(
            LEDE,
            f"Ada Crane was asked about the ending. “We argued about it for a year” {tail}",
        )
        assert _served(found, "We argued") == ("Ada Crane", SourceKind.PERSON), tail


# B10: a named poster's "Me at 5am:" caption is theirs when the sentence says so.


def test_a_posters_me_caption_with_an_attribution_stays_served() -> None:
    found = facts(
        LEDE,
        "Ada Vale posted a photo of herself asleep on set. Me at 5am: “one more take, I promise,” "
        "she wrote.",
    )
    assert _served(found, "one more take") == ("Ada Vale", SourceKind.PERSON)


def test_a_memes_thought_with_no_attribution_is_held() -> None:
    found = facts(LEDE, "Me at 2am: “only one more episode.”")
    assert _never_served(found, "only one more")
