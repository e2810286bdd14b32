"""Headlines and page furniture (issue 11, item 9), on invented pages."""

from __future__ import annotations

from bot.extract.page import read_page
from bot.seedfile import parse_seed


def page(*lines: str) -> tuple[str | None, tuple[str, ...]]:
    found = read_page(list(lines))
    return found.headline, found.body


def test_a_sentence_case_headline_with_a_colon_is_the_headline() -> None:
    assert page("Marlow film: what we know so far", "Filming starts soon.")[0] == (
        "Marlow film: what we know so far"
    )


def test_a_headline_ending_in_a_quotation_is_the_headline_and_its_words_are_no_quote() -> None:
    raw = (
        " date 2025-03-02 The lede.\n"
        "Marlow star Ezra Lockwood wraps filming: “Goodbye Juniper”\n"
        "Ezra Lockwood finished his last scene on Friday.\n"
    )
    article = parse_seed(raw.encode()).article
    assert article.title == "Marlow star Ezra Lockwood wraps filming: “Goodbye Juniper”"
    from bot.extract import extract_facts

    assert extract_facts(article).quotes == ()


def test_a_byline_under_the_date_line_means_there_is_no_headline() -> None:
    headline, body = page(
        "Ines Carvalho Film correspondent",
        "Tue 4 Mar 2025 09.12 GMT",
        "The shoot wrapped in Lisbon.",
    )
    assert headline is None
    assert body == ("The shoot wrapped in Lisbon.",)


def test_an_agency_credit_over_a_time_stamp_is_no_headline() -> None:
    assert page("Northwire News", "3 March 2025 10:02", "The shoot wrapped.") == (
        None,
        ("The shoot wrapped.",),
    )


def test_bylines_stamps_credits_and_links_are_not_body_text() -> None:
    headline, body = page(
        "New Lighthouse Drama Finds Its Star",
        "By Tomasz Zielony",
        "6 hours ago",
        "Updated: Monday, 3 March 2025 at 9:40 am",
        "Mara Quint will play the keeper.",
        "Photo: Studio handout",
        "Advertisement",
        "Ezra Lockwood and Mara Quint on set. (Photo: Juniper Films)",
        "Related: Ten lighthouse films to watch tonight",
        "Read more: Mara Quint on her “terrifying” audition",
        "Click here to sign up to our newsletter.",
        "Filming begins in May.",
    )
    assert headline == "New Lighthouse Drama Finds Its Star"
    assert body == ("Mara Quint will play the keeper.", "Filming begins in May.")


def test_live_blog_clock_times_and_entry_headlines_are_dropped() -> None:
    _, body = page(
        "Premiere live: the cast arrive",
        "20:15",
        "Lockwood: 'I never thought we would get here'",
        "Ezra Lockwood arrived with the director.",
        "19:40",
        "The crowd",
        "Fans have queued since dawn.",
    )
    assert body == ("Ezra Lockwood arrived with the director.", "Fans have queued since dawn.")


def test_a_question_standing_alone_stays_in_the_body() -> None:
    # A section heading such as "When is it out?" is what the next paragraph answers.
    _, body = page(
        "Everything we know",
        "Who plays the keeper?",
        "Mara Quint plays the keeper.",
        "Q: How did you prepare?",
        "A: I read a lot.",
    )
    assert body == (
        "Who plays the keeper?",
        "Mara Quint plays the keeper.",
        "Q: How did you prepare?",
        "A: I read a lot.",
    )


def test_a_cast_list_line_is_body_text() -> None:
    _, body = page("Cast revealed", "- Mara Quint as Elsie Dunn", "2. Ezra Lockwood – Tom Dunn")
    assert body == ("- Mara Quint as Elsie Dunn", "2. Ezra Lockwood – Tom Dunn")


def test_a_live_blog_editor_credit_is_furniture() -> None:
    headline, body = page(
        "Premiere live: the cast arrive",
        "Live updates · Edited by Ines Carvalho and Tom Reyes",
        "Updated 2 minutes ago",
        "Fans have queued since dawn.",
    )
    assert headline == "Premiere live: the cast arrive"
    assert body == ("Fans have queued since dawn.",)


def test_a_letters_greeting_is_no_headline() -> None:
    assert page("Hi everyone,", "The shoot wrapped.") == (
        None,
        ("Hi everyone,", "The shoot wrapped."),
    )


def test_a_label_above_the_headline_is_furniture() -> None:
    headline, body = page(
        "FOR IMMEDIATE RELEASE",
        "KESTREL PICTURES WRAPS PRINCIPAL PHOTOGRAPHY ON THE LONG FIELD",
        "Filming concluded on Friday.",
    )
    assert headline == "KESTREL PICTURES WRAPS PRINCIPAL PHOTOGRAPHY ON THE LONG FIELD"
    assert body == ("Filming concluded on Friday.",)


def test_the_bylines_one_author() -> None:
    assert read_page(["Headline here", "By Dana Whit, Culture reporter", "Text."]).byline == (
        "Dana Whit"
    )
    assert read_page(["Headline here", "Orla Kins", "Tue Aug 5 2025 - 06:00", "Text."]).byline == (
        "Orla Kins"
    )
    assert read_page(["Headline here", "By Rebecca Tull and Sunil Mar", "Text."]).byline is None
    assert read_page(["Headline here", "PA Media", "3 March 2025 10:02", "Text."]).byline is None
