"""Who speaks, when the words around a quote name a work, a round-up's next entry, a page's
reader or a paper reporting them: a title given with its year, a part someone was cast "to
play" and a guide entry's title never speak; a caption under a round-up's heading line is not
the post of someone named above the heading; a named producer set in apposition with a company
is who "he said" means; "Reader Jo" is no full name; "which a paper reported was “...”" is the
paper's words; "Here’s part of it:" shows the post of whoever the sentence before says posted;
an obituary's "she", opening a paragraph after others' tributes, is still its subject."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(found_text: str, *paragraphs: str, title: str | None = None) -> QuoteFact:
    found = facts(*paragraphs, title=title)
    return next(q for q in found.quotes if q.text.startswith(found_text))


_PROFILE_TITLE = "Tamsin Orrey: the girl from Penmarrow who grew up on screen"
_PROFILE_LEDE = "Tamsin Orrey has spent six years in the public eye. Now she is moving on."


def test_a_title_given_with_its_year_is_no_pronouns_person() -> None:
    quote = _quote(
        "like a school",
        _PROFILE_LEDE,
        "Orrey was cast in Larkspur Quay (2023) after an open call.",
        "Larkspur Quay changed her life. Working opposite Ivo Brandt, she recalls, was"
        " “like a school every single day”.",
        title=_PROFILE_TITLE,
    )
    # "she recalls" is Orrey's, not yet found: silent, never the title nor Ivo Brandt
    assert quote.source is SourceKind.UNATTRIBUTED and quote.served


def test_a_name_without_a_year_still_speaks() -> None:
    quote = _quote(
        "like a school",
        "Ivo Brandt joined the Larkspur Quay cast in May.",
        "Ivo Brandt met the crew on Monday. Working all summer, he recalls, was"
        " “like a school every single day”.",
    )
    assert (quote.speaker, quote.source) == ("Ivo Brandt", SourceKind.PERSON)


def test_a_part_someone_was_cast_to_play_never_speaks() -> None:
    quote = _quote(
        "I used to",
        _PROFILE_LEDE,
        "Orrey was 16 when she was picked to play Wren Halloway in Larkspur Quay.",
        "Does she worry about being Wren forever? She shakes her head.",
        "“I used to. Now I think she is good company.”",
        title=_PROFILE_TITLE,
    )
    # the profile's subject ("Does she ...?" names the part as the one she is not), never the part
    assert (quote.speaker, quote.source) == ("Tamsin Orrey", SourceKind.PERSON) and quote.served


def test_a_part_named_alone_in_the_sentence_before_never_speaks() -> None:
    quote = _quote(
        "I used to",
        _PROFILE_LEDE,
        "Orrey was 16 when she was picked to play Wren Halloway in Larkspur Quay.",
        "Is it hard to leave Wren behind? She shakes her head.",
        "“I used to. Now I think she is good company.”",
        title=_PROFILE_TITLE,
    )
    # the only name before "She" is the part: no one speaks, never the part
    assert quote.source is SourceKind.UNATTRIBUTED and quote.served


def test_a_guide_entrys_title_is_no_headline_person() -> None:
    quote = _quote(
        "I wanted the ending",
        "From a farewell to a chiller, here are the best new shows to stream this week",
        "Welcome back to our weekly streaming guide. As ever, dates are UK release dates.",
        "PICK OF THE WEEK",
        "Saltwick Bells (Netflix, Friday)",
        "Bring tissues. Ada Quell’s teen romance signs off with a finale that sees Wren (Tom"
        " Reyes) head off to university while Jory (Sam Marr) stays behind. Ivo Brandt directs"
        " from Quell’s own script, and the gang is all here: Lena Ross as Pip, Omar Dale as"
        " Finn, with Rita Vance back as Mrs Hale. The film lands on Netflix on 16 October.",
        "ALSO NEW",
        "Cold Harbour (BBC iPlayer, Tuesday)",
        "A four-part thriller about a missing surveyor.",
        "WORTH A LISTEN",
        "If you need to decompress after Saltwick Bells, the latest episode of a podcast"
        " features Quell talking through her favourite panels. “I wanted the ending to rhyme"
        " with the start,” she says on the episode.",
        title="What to watch this week: Saltwick Bells, Cold Harbour and more",
    )
    # "Quell ... she says" is Quell's, not yet found: silent, never the title
    assert quote.source is SourceKind.UNATTRIBUTED and quote.served


def test_a_guide_entrys_named_guest_still_speaks() -> None:
    quote = _quote(
        "I wanted the ending",
        "Welcome back to our weekly streaming guide.",
        "Saltwick Bells (Netflix, Friday)",
        "The teen romance signs off with a finale.",
        "Cold Harbour (BBC iPlayer, Tuesday)",
        "A four-part thriller. Its writer, Ada Quell, talks us through it."
        " “I wanted the ending to rhyme with the start,” Quell says.",
        title="What to watch this week: Saltwick Bells, Cold Harbour and more",
    )
    assert (quote.speaker, quote.source) == ("Ada Quell", SourceKind.PERSON)


def test_a_caption_under_a_rounds_up_heading_is_not_the_post_above() -> None:
    paragraphs = (
        "Filming on the Brindle Court film wrapped on Friday. Here are the posts.",
        "Ada Venn",
        "Venn posted a mirror selfie with the words “Mina forever”.",
        "The studio",
        "The official @brindlecourt account marked the moment with a clip of the set."
        " “That is a wrap. See you on the other side,” the post read.",
    )
    quote = _quote("That is a wrap", *paragraphs)
    assert (quote.speaker, quote.source) == ("", SourceKind.UNATTRIBUTED)


def test_a_caption_after_a_plain_paragraph_keeps_its_poster() -> None:
    quote = _quote(
        "One last time",
        "Pellworth Films confirmed on Tuesday that Brindle Court will open on 4 May.",
        "The news came in a short clip posted to the film's accounts, showing the pier at dusk.",
        "“One last time. Brindle Court, 4 May,” the caption read.",
    )
    assert quote.source is SourceKind.ORGANISATION
    assert quote.speaker.startswith("Pellworth")


def test_a_readers_handle_is_who_messaged_us() -> None:
    quote = _quote(
        "Saw the vans",
        "Filming on Brindle Court began in Hastings on Monday.",
        "Director Oskar Lind was seen outside a school in Rye.",
        "Reader @brindlefan22 messaged us: “Saw the vans and forty extras in blazers.”",
    )
    assert quote.speaker == "@brindlefan22"


def test_a_producer_named_in_apposition_with_a_company_is_he() -> None:
    quote = _quote(
        "They wanted a happier",
        "Brindle Court leads the field with six nominations.",
        "The film’s producer, Corin Ashby of Bristol’s Gullwing Films, said the company had"
        " turned down two remake offers. “They wanted a happier ending,” he said.",
    )
    assert (quote.speaker, quote.source) == ("Corin Ashby", SourceKind.PERSON)


def test_a_producer_unnamed_stays_unnamed() -> None:
    quote = _quote(
        "They wanted a happier",
        "Brindle Court leads the field with six nominations.",
        "The film’s producer said the company had turned down two remake offers."
        " “They wanted a happier ending,” he said.",
    )
    assert quote.source is not SourceKind.PERSON


def test_a_reader_called_by_first_name_is_no_full_name() -> None:
    quote = _quote(
        "I am 61",
        "Last week I asked what you are watching.",
        "Reader Maud from Hull wrote: “I am 61 and I have no shame about it.”",
    )
    assert quote.speaker != "Reader Maud"
    assert quote.source is not SourceKind.PERSON


def test_a_surname_that_is_an_audience_word_stays() -> None:
    quote = _quote(
        "I cried twice",
        "Brindle Court opened in cinemas on Friday.",
        "Maud Reader, who runs the café by the pier, said: “I cried twice.”",
    )
    assert quote.speaker == "Maud Reader"


def test_words_a_relative_clause_reports_are_its_subjects() -> None:
    quote = _quote(
        "already being written",
        "This week's podcast hears from Brindle Court's creator, Oskar Lind.",
        "Lind says the finale was shot in the rain.",
        "Near the end Maud asks about a second series, which a Sunday paper reported last"
        " week was “already being written”. Lind laughs that off.",
    )
    assert quote.source is SourceKind.UNNAMED


def test_a_main_clause_speaker_without_a_report_keeps_the_words() -> None:
    quote = _quote(
        "already being written",
        "This week's podcast hears from Brindle Court's creator, Oskar Lind.",
        "Lind says a second series is “already being written”.",
    )
    assert (quote.speaker, quote.source) == ("Oskar Lind", SourceKind.PERSON)


def test_a_post_shown_after_here_is_part_of_it_is_its_posters() -> None:
    quote = _quote(
        "Today the story",
        "Brindle Court is out on Netflix today.",
        "Maud Ellery has posted a long message on Instagram. Here’s part of it:",
        "“Today the story I started in my bedroom ends. Thank you.”",
    )
    assert (quote.speaker, quote.source) == ("Maud Ellery", SourceKind.PERSON)


def test_here_is_the_trailer_shows_no_post() -> None:
    quote = _quote(
        "Today the story",
        "Brindle Court is out on Netflix today.",
        "Maud Ellery has posted a long message on Instagram. Here is the trailer:",
        "“Today the story I started in my bedroom ends. Thank you.”",
    )
    assert quote.source is SourceKind.UNATTRIBUTED and quote.served


_OBITUARY = (
    "Hester Quayle, who has died aged 88, was an actor of fierce wit.",
    "She was born in Hull. “I wanted to be a vet,” she said in 1990. “Then I saw a play.”",
    "Her last part came in Brindle Court. Oskar Lind, who directed her, said she had “the"
    " best timing I have seen”. The film’s producer, Corin Ashby of Gullwing Films, said the"
    " production had “lost its sharpest tongue”.",
    "Asked once, by a young interviewer, whether she had any regrets, she thought for a long"
    " time. “Only the hats,” she said.",
)


def test_an_obituarys_pronoun_after_a_tribute_paragraph_is_its_subject() -> None:
    quote = _quote("Only the hats", *_OBITUARY, title="Hester Quayle obituary")
    assert (quote.speaker, quote.source) == ("Hester Quayle", SourceKind.PERSON)


def test_a_pronoun_after_a_named_speakers_paragraph_stays_theirs() -> None:
    quote = _quote(
        "He counted",
        "Also new to the film is Corin Ashby, who plays the housemate.",
        "“Ollie is a mess,” Ashby says. “I love him.”",
        "He is full of praise for his co-star. “He counted,” he says.",
        title="Hester Quayle on Brindle Court, Oskar Lind and finding her family",
    )
    assert (quote.speaker, quote.source) == ("Corin Ashby", SourceKind.PERSON)
