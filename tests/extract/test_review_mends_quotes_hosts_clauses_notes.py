"""Review 117-Q mends: a place or show that "hosts" a guest makes no host of him; words in marks
after "-ed that" are no one's when the clause's subject is a crowd or an unnamed source; a note
inside what was sent is not the sender's; a stage direction in brackets is no surname; a phrase
in marks from a text the person only mentions is not theirs."""

from bot.facts import ArticleFacts, QuoteFact, SourceKind
from tests.extract.helpers import facts

_ACTOR_LEDE = "Actor Orla Pennick stars in Brackwater, which returns in May."
_TOM_SAYS = "Tom Reed, the actor, who plays Bram, said “I never read the last page.”"


def _quote(found: ArticleFacts, start: str) -> QuoteFact:
    return next(q for q in found.quotes if q.text.startswith(start))


def _served_to_people(found: ArticleFacts) -> dict[str, str]:
    return {q.text: q.speaker for q in found.quotes if q.served and q.source is SourceKind.PERSON}


def test_a_festival_that_hosts_a_guest_makes_no_host_of_him() -> None:
    found = facts(_ACTOR_LEDE, "The festival hosts Tom Reed on Friday. " + _TOM_SAYS)
    assert _quote(found, "I never read").speaker == "Tom Reed"


def test_a_place_that_hosts_a_guest_makes_no_host_of_him() -> None:
    found = facts(_ACTOR_LEDE, "Leeds hosts Tom Reed on Friday for a Q&A. " + _TOM_SAYS)
    assert _quote(found, "I never read").speaker == "Tom Reed"


def test_a_show_that_hosts_a_guest_is_no_speaker() -> None:
    found = facts(_ACTOR_LEDE, "The Night Shift podcast hosts Tom Reed this week.", _TOM_SAYS)
    quote = _quote(found, "I never read")
    assert (quote.speaker, quote.source) == ("Tom Reed", SourceKind.PERSON)
    assert "Night Shift" not in found.people


def test_the_guest_after_a_single_host_and_is_no_host() -> None:
    found = facts(
        "Brackwater is back on Tidewell this week.",
        "Speaking with host Ada Vale and Tom Reed, the actor, who plays Bram, said “I never read"
        " the last page.”",
    )
    assert _quote(found, "I never read").speaker == "Tom Reed"


def test_a_described_guest_after_two_hosts_is_no_host() -> None:
    found = facts(
        "Brackwater is back on Tidewell this week.",
        "Speaking with hosts Ada Vale and Tom Reed, the actor, who plays Bram, said “I never read"
        " the last page.”",
    )
    assert _quote(found, "I never read").speaker == "Tom Reed"


_DEFENDED = "Tom Reed defended the Brackwater finale on Monday."


def test_one_viewers_complaint_is_not_the_named_actors() -> None:
    found = facts(
        _DEFENDED,
        "Reed was unrepentant. One viewer complained that “the storm scene was far too dark to"
        " follow”.",
    )
    assert "the storm scene was far too dark to follow" not in _served_to_people(found)


def test_viewers_complaint_after_the_actors_quote_is_not_his() -> None:
    found = facts(
        _DEFENDED,
        "“We shot it in real storms,” he said. Viewers complained that “the storm scene was far"
        " too dark to follow”.",
    )
    assert _served_to_people(found) == {"We shot it in real storms": "Tom Reed"}


def test_fans_speculation_is_not_the_actors() -> None:
    found = facts(
        _DEFENDED,
        "Reed, who plays Bram, was asked about a theory. Fans speculated that “Bram dies in the"
        " storm”.",
    )
    assert _served_to_people(found) == {}


def test_a_tabloids_allegation_is_not_the_actors_own_words() -> None:
    found = facts(
        _DEFENDED,
        "Reed was calm. A tabloid alleged that “he stormed off the set twice in one week”.",
    )
    assert not any(q.served for q in found.quotes)


def test_a_report_a_spokesperson_denied_is_no_served_quote() -> None:
    found = facts(
        _DEFENDED,
        "A Tidewell spokesperson denied that “the third season has been quietly cancelled”.",
    )
    assert not any(q.served for q in found.quotes)


_QA_LEDE = (
    "Director Orla Fenwick talks to us about Saltmarsh, her new film for Lumen, which wraps in "
    "June. Producer Ada Vale brought her the project."
)


def _qa(answer: str) -> ArticleFacts:
    return facts(
        _QA_LEDE,
        "Lumen: How did you come to direct Saltmarsh?",
        "Orla Fenwick: " + answer,
        "Lumen: Was the shoot hard?",
        "Orla Fenwick: Brutal. We lost three days to fog.",
        date="2026-04-20",
    )


def test_a_text_in_a_screenshot_sent_is_not_the_senders() -> None:
    found = _qa(
        "Ada Vale sent me a screenshot of a text that said “you have to do this one”. I read the"
        " script twice on the ferry."
    )
    assert "you have to do this one" not in _served_to_people(found)


def test_an_email_behind_a_link_sent_is_not_the_senders() -> None:
    found = _qa(
        "Ada Vale sent me a link to an email that said “the money is there”. I read the script"
        " twice on the ferry."
    )
    assert "the money is there" not in _served_to_people(found)


def test_a_note_in_a_photo_sent_is_not_the_senders() -> None:
    found = _qa(
        "Ada Vale sent me a photo of a fan's banner and a note that said “we need this film”. I"
        " read the script twice on the ferry."
    )
    assert "we need this film" not in _served_to_people(found)


def test_a_stage_direction_in_brackets_is_no_surname() -> None:
    found = _qa(
        "Ada [Laughs] sent me the script with a note that said “take your time”. I read it twice."
    )
    assert "Ada Laughs" not in found.people
    assert "Ada Laughs" not in {q.speaker for q in found.quotes}


_TEASED = "Tom Reed has teased the Brackwater finale."


def test_a_studio_statements_phrase_is_not_the_actors() -> None:
    found = facts(
        _TEASED,
        "Reed said the studio statement, which promised the new season “by Christmas”, was news"
        " to him.",
    )
    assert "by Christmas" not in _served_to_people(found)


def test_a_tweets_phrase_is_not_the_actors() -> None:
    found = facts(
        _TEASED, "Reed said Tidewell's tweet promising the season “by Christmas” was news to him."
    )
    assert "by Christmas" not in _served_to_people(found)


def test_a_phrase_the_actor_told_a_paper_stays_his() -> None:
    found = facts(_TEASED, "Reed told Variety the shoot would run “into September”.")
    assert _served_to_people(found) == {"into September": "Tom Reed"}


_RELAXED = "Orla Pennick was more relaxed. “We had a lovely time,” she said."


def test_our_chief_critic_is_the_outlets_own_not_the_person_before() -> None:
    found = facts(_RELAXED, "Our chief critic gave it three stars, calling it “a tidy goodbye”.")
    quote = _quote(found, "a tidy goodbye")
    assert (quote.speaker, quote.source) == ("critic", SourceKind.UNNAMED)


def test_our_chief_film_critic_is_the_outlets_own_not_the_person_before() -> None:
    found = facts(
        _RELAXED, "Our chief film critic gave it three stars, calling it “a tidy goodbye”."
    )
    quote = _quote(found, "a tidy goodbye")
    assert (quote.speaker, quote.source) == ("critic", SourceKind.UNNAMED)


_PODCAST = (
    "On the podcast, director Ansel Corrigan talked about making Brackwater with Dev Marron and"
    " Tomas Reel."
)


def _after_pair(pair: str) -> QuoteFact:
    found = facts(
        _PODCAST,
        f"He is full of praise for his leads. {pair} had lived with the parts for years. “They"
        " knew the boys better than me,” he says.",
    )
    return _quote(found, "They knew")


def test_a_he_after_a_pair_with_the_seconds_role_is_neither() -> None:
    assert _after_pair("Dev Marron and co-star Tomas Reel").source is not SourceKind.PERSON


def test_a_he_after_a_pair_with_a_possessive_role_is_neither() -> None:
    quote = _after_pair("Dev Marron and his screen brother Tomas Reel")
    assert quote.source is not SourceKind.PERSON


def test_a_he_after_a_name_alongside_another_is_neither() -> None:
    assert _after_pair("Dev Marron, alongside Tomas Reel,").source is not SourceKind.PERSON


def test_a_he_after_one_name_alone_is_that_name() -> None:
    quote = _after_pair("Dev Marron, who plays Bram,")
    assert (quote.speaker, quote.source) == ("Dev Marron", SourceKind.PERSON)


def test_a_remark_a_writer_says_tells_us_something_stays_served() -> None:
    found = facts(
        "Tom Reed spoke to the press at the Brackwater premiere.",
        "“I am never doing a sea shoot again” tells us everything about the filming.",
    )
    assert _served_to_people(found) == {"I am never doing a sea shoot again": "Tom Reed"}


def test_a_spokesperson_at_a_company_speaks_for_it() -> None:
    found = facts(
        "Tidewell Studios has said little about Brackwater’s third season.",
        "Rumours of a spin-off were dismissed by a spokesperson at Tidewell as “only a wish”.",
    )
    quote = _quote(found, "only a wish")
    assert quote.speaker == "Tidewell spokesperson"


def test_a_company_after_a_star_and_is_no_person() -> None:
    found = facts(
        "Brackwater stars Tom Reed and Harbour Light Pictures chief Ada Vale.",
        "“We are glad it is behind us,” Harbour Light said in a statement.",
    )
    assert "Harbour Light Pictures" not in found.people
    assert "Tom Reed" in found.people


def test_a_note_sent_with_someones_script_is_the_senders() -> None:
    found = _qa(
        "Ada Vale sent me Orla’s script with a note that said “take your time”. I read it twice."
    )
    assert _served_to_people(found).get("take your time") == "Ada Vale"
