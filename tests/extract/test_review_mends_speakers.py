"""Review 44-B's speaker mends: a paragraph-opening pronoun stays with someone the paragraph
before is about (only a tribute-giver named just for their words hands it back to the headline's
person); "Here’s part of it:" shows a post only of whoever the sentence right before says posted a
text of their own; "which the actress said was" never lands on the main clause's own subject; a
panel's "Name (Channel, role)", a listener someone "played" a demo to, and a past winner given
with a year are people who speak, not works or parts; every audience word ("Listener @x")
opens a handle as "Reader" does."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_DATE = "2027-05-02"


def _quote(found_text: str, *paragraphs: str, title: str | None = None) -> QuoteFact:
    found = facts(*paragraphs, date=_DATE, title=title)
    return next(q for q in found.quotes if q.text.startswith(found_text))


def _unattributed_and_served(quote: QuoteFact) -> bool:
    return quote.source is SourceKind.UNATTRIBUTED and quote.served


_LEDE = "Perpetua Anstey, who has died aged 91, was a singer of great range."
_EARLY = "She grew up in Leeds. “I sang before I spoke,” she said in 1988."


def test_a_paragraph_opening_she_stays_with_the_woman_the_paragraph_before_is_about() -> None:
    quote = _quote(
        "We need time",
        _LEDE,
        _EARLY,
        "Her daughter, the poet Lydia Marsh, published a memoir about her mother last year.",
        "She has said little since the funeral. “We need time alone,” she told reporters.",
        title="Perpetua Anstey obituary",
    )
    assert (quote.speaker, quote.source) == ("Lydia Marsh", SourceKind.PERSON)


def test_a_newcomer_the_paragraph_before_describes_keeps_the_pronoun() -> None:
    quote = _quote(
        "I was never",
        "Perpetua Anstey is back on stage at 70.",
        "She made her name in Leeds. “I sang before I spoke,” she says.",
        "Lydia Marsh wrote the show. Marsh, 48, is a former singer herself.",
        "She gave up singing at 25 to write. “I was never loud enough,” she said.",
        title="Perpetua Anstey on her comeback and her family",
    )
    assert (quote.speaker, quote.source) == ("Lydia Marsh", SourceKind.PERSON)


def test_a_pronoun_after_a_paragraph_of_tributes_is_still_the_subjects() -> None:
    quote = _quote(
        "Only the encores",
        _LEDE,
        _EARLY,
        "Her last tour was in 2010. Ravi Dunmore, who produced her records, said she had “a"
        " voice like weather”. The label’s founder, Hugo Pell of Sandline Records, said the"
        " industry had “lost its bravest voice”.",
        "Asked late in life whether she regretted anything, she laughed. “Only the encores,”"
        " she said.",
        title="Perpetua Anstey obituary",
    )
    assert (quote.speaker, quote.source) == ("Perpetua Anstey", SourceKind.PERSON)


_RELEASE = "The Saltwick Tapes arrives on Prime Video today."


def test_a_post_shown_after_here_is_what_she_wrote_is_its_posters() -> None:
    quote = _quote(
        "This show saved",
        _RELEASE,
        "Lydia Marsh shared a short note on Instagram this morning. Here is part of it:",
        "“This show saved my year. See you on the other side.”",
    )
    assert (quote.speaker, quote.source) == ("Lydia Marsh", SourceKind.PERSON)


def test_a_post_shown_after_read_the_full_post_below_is_its_posters() -> None:
    quote = _quote(
        "Eight years",
        _RELEASE,
        "Ravi Dunmore wrote a long letter to fans on Friday. Read the full post below:",
        "“Eight years of my life are in this show. Look after it.”",
    )
    assert (quote.speaker, quote.source) == ("Ravi Dunmore", SourceKind.PERSON)


def test_here_is_what_he_wrote_after_his_own_post_is_his() -> None:
    quote = _quote(
        "I am so proud",
        _RELEASE,
        "Ravi Dunmore has published a statement on his website. Here is what he wrote:",
        "“I am so proud of everyone who worked on it.”",
    )
    assert (quote.speaker, quote.source) == ("Ravi Dunmore", SourceKind.PERSON)


def test_a_message_from_someone_else_shown_by_a_sharer_is_not_the_sharers() -> None:
    quote = _quote(
        "You held",
        _RELEASE,
        "Lydia Marsh posted a photo of a letter from her co-star Ravi Dunmore. Here’s part of it:",
        "“You held the whole thing together.”",
    )
    assert _unattributed_and_served(quote)


def test_a_reply_between_the_post_and_here_is_part_of_it_names_no_poster() -> None:
    quote = _quote(
        "The tapes are",
        _RELEASE,
        "Ravi Dunmore has shared a long post on X. Lydia Marsh answered within the hour."
        " Here’s part of it:",
        "“The tapes are finally out. Thank you all.”",
    )
    assert _unattributed_and_served(quote)


def test_which_the_actress_said_is_never_the_main_clauses_subject() -> None:
    quote = _quote(
        "nowhere near",
        "Hugo Pell wrote The Saltwick Tapes.",
        "Lydia Marsh, who plays Nell, joined him for the panel.",
        "Pell then spoke about a second series, which the actress said was “nowhere near ready”.",
    )
    assert _unattributed_and_served(quote)
    assert quote.speaker != "Hugo Pell"


def test_which_the_actor_said_last_week_is_not_the_creators() -> None:
    quote = _quote(
        "being planned",
        "This week’s episode hears from The Saltwick Tapes’ creator, Hugo Pell.",
        "Pell talks about the finale, which the actor said last week was “being planned now”.",
    )
    assert _unattributed_and_served(quote)


def test_a_panel_lines_person_in_brackets_with_a_channel_is_no_work() -> None:
    quote = _quote(
        "Our slate",
        "Sandline revealed its spring line-up on Monday. Joining the panel:",
        "Lydia Marsh (Sky, head of comedy)",
        "Ravi Dunmore chaired and opened with a story about his first job.",
        "Lydia Marsh then took over. “Our slate has never been this strong,” she said.",
    )
    assert (quote.speaker, quote.source) == ("Lydia Marsh", SourceKind.PERSON)


def test_a_jury_list_with_channels_in_brackets_keeps_its_speakers() -> None:
    quote = _quote(
        "We watched",
        "This year’s jury:",
        "Lydia Marsh (ITV, casting director)",
        "Ravi Dunmore (Channel 5)",
        "“We watched every frame twice,” Marsh said.",
    )
    assert (quote.speaker, quote.source) == ("Lydia Marsh", SourceKind.PERSON)


def test_someone_played_a_recording_is_no_part() -> None:
    quote = _quote(
        "I could not",
        "The Saltwick Tapes’ score is by Hugo Pell.",
        "Pell drove to Bristol to play Ravi Dunmore a rough cut of the main theme."
        " “I could not speak for a minute,” Dunmore said.",
    )
    assert (quote.speaker, quote.source) == ("Ravi Dunmore", SourceKind.PERSON)


def test_a_past_winner_given_with_a_year_still_speaks() -> None:
    quote = _quote(
        "Still strange",
        "The Sandline prizes were handed out in Leeds on Friday.",
        "Ravi Dunmore hosted.",
        "Lydia Marsh (2023) came back to present the first award. “Still strange to be here,”"
        " she said.",
    )
    assert (quote.speaker, quote.source) == ("Lydia Marsh", SourceKind.PERSON)


def test_a_listeners_handle_is_who_messaged_us_as_a_readers_is() -> None:
    for word in ("Listener", "Subscriber"):
        quote = _quote(
            "Saw the crew",
            "The Saltwick Tapes started filming in Whitby this week.",
            f"{word} @tapesfan9 messaged us: “Saw the crew on the harbour wall at dawn.”",
        )
        assert (quote.speaker, quote.source) == ("@tapesfan9", SourceKind.ORGANISATION)
