"""Every example in issue 11's "Kinds of failure to fix" (items 1-12), with the right answer.

The examples are invented; the rules they test are about kinds of phrasing. Item 9 (headlines
and page furniture) also has its own tests in ``test_page.py``.
"""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import CastStatus, ReleaseKind, SourceKind
from bot.seedfile import parse_seed
from tests.extract.helpers import credits, facts, pairs


def speakers(*paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    """(start of text, speaker, source kind) for each served quote."""
    return [(q.text[:16], q.speaker, q.source) for q in facts(*paragraphs).served().quotes]


# 1. Cast lists in other shapes.


def test_item_1_bullet_with_played_by_and_a_description() -> None:
    found = facts(
        "The cast of the new film was announced today:",
        "• Mira Sol, played by Anna Berg: the new flatmate",
    )
    assert pairs(found) == {("Anna Berg", "Mira Sol")}


def test_item_1_numbered_and_starred_bullets() -> None:
    found = facts(
        "Here is the full cast of the film:",
        "1. Anna Berg as Mira Sol",
        "2. Tom Reyes as Pavel Ivanov",
        "* Dana Whitlow as Kit Morrow",
    )
    assert pairs(found) == {
        ("Anna Berg", "Mira Sol"),
        ("Tom Reyes", "Pavel Ivanov"),
        ("Dana Whitlow", "Kit Morrow"),
    }


def test_item_1_now_played_by_is_a_recast() -> None:
    found = facts(
        "Anna Berg played Mira Sol in the first film.",
        "Mira Sol, now played by Lotte Ahn, returns for the sequel.",
    )
    cast = {(c.actor, c.character, c.status) for c in found.served().cast}
    assert ("Lotte Ahn", "Mira Sol", CastStatus.CURRENT) in cast
    assert ("Anna Berg", "Mira Sol", CastStatus.CURRENT) not in cast


def test_item_1_plays_opposite_an_actor_is_no_character() -> None:
    found = facts("Anna Berg plays Mira Sol opposite Tom Reyes in the film.")
    assert pairs(found.served()) == {("Anna Berg", "Mira Sol")}
    found = facts("Anna Berg, who plays opposite Tom Reyes in the thriller, joins the film.")
    assert pairs(found.served()) == set()


# 2. Names with letters beyond ASCII.


def test_item_2_accented_and_polish_names() -> None:
    found = facts(
        "Ségolène Dufresne will play Irène Marchal.",
        "Bartłomiej Kowalczyk joins as Łukasz Nowicki, and Chloë Ashworth as Zoë Pike.",
    )
    assert pairs(found) == {
        ("Ségolène Dufresne", "Irène Marchal"),
        ("Bartłomiej Kowalczyk", "Łukasz Nowicki"),
        ("Chloë Ashworth", "Zoë Pike"),
    }


# 3. Descriptors pick the person described that way.


def test_item_3_age_descriptor_picks_the_person_of_that_age() -> None:
    assert speakers(
        "The film stars Maya Lind, 31, and Jonah Reeve, 26.",
        "Reeve plays her brother.",
        "“We fought like siblings from day one,” the 31-year-old said.",
    ) == [("We fought like s", "Maya Lind", SourceKind.PERSON)]


def test_item_3_work_descriptor_picks_the_author_of_that_work() -> None:
    assert speakers(
        'The script is by screenwriter Omar Sidi and novelist Petra Hale (author of "Loveless").',
        "Sidi has written for television for years.",
        "“It is a story about leaving home,” the Loveless author said.",
    ) == [("It is a story ab", "Petra Hale", SourceKind.PERSON)]


# 4. A quote about a person is not by that person.


def test_item_4_quote_about_a_person_from_an_unnamed_viewer() -> None:
    assert speakers(
        "Ada Linde stars as the lighthouse keeper.",
        "“Whoever cast Ada Linde deserves a medal,” one viewer wrote online.",
    ) == [("Whoever cast Ada", "one viewer", SourceKind.UNNAMED)]


# 5. "said producer X" is X's, never a name in the sentence before.


def test_item_5_said_role_name_and_organisation_possessive_name() -> None:
    assert speakers(
        "Priya Nair plays the lead.",
        "“Priya is the heart of this film,” said producer Hana Sato.",
        "Ravi Menon runs the UK slate.",
        "“The mood was electric,” said Netflix’s Ravi Menon.",
        "Sato disagreed: “It was tense.”",
    ) == [
        ("Priya is the hea", "Hana Sato", SourceKind.PERSON),
        ("The mood was ele", "Ravi Menon", SourceKind.PERSON),
        ("It was tense.", "Hana Sato", SourceKind.PERSON),
    ]


# 6. Titles and names in quotation marks are not quotes.


def test_item_6_titles_in_quotation_marks_are_not_quotes() -> None:
    found = facts(
        "Ezra Lockwood, who starred in “Ward Nine,” says filming on “Marlow” is going well."
    )
    assert found.quotes == ()


# 7. Captions and reports.


def test_item_7_a_caption_is_whoever_posted_it() -> None:
    assert speakers(
        "The studio shared a photo of Ezra Lockwood. “Cameras are rolling!” the caption read.",
    ) == [("Cameras are roll", "studio", SourceKind.ORGANISATION)]


def test_item_7_reported_words_are_no_quote_by_the_subject() -> None:
    found = facts(
        "Director Ian Ridley made the first film.",
        "Ridley “is returning to write the sequel,” Variety reported.",
    )
    assert all(q.speaker != "Ian Ridley" for q in found.quotes)


# 8. Single-quoted quotes.


def test_item_8_single_quotes_are_quotes_and_apostrophes_are_not() -> None:
    assert speakers(
        "Director Ian Ridley spoke to the press.",
        "'We start shooting in May,' Ridley told reporters. 'It's Kit's first lead role.'",
    ) == [
        ("We start shootin", "Ian Ridley", SourceKind.PERSON),
        ("It's Kit's first", "Ian Ridley", SourceKind.PERSON),
    ]


# 9. Headlines.


def test_item_9_headline_after_the_date_line_and_no_quote_from_it() -> None:
    raw = (
        " date 2025-06-01 The lede.\n"
        "Marlow star Ezra Lockwood wraps filming: “Goodbye Juniper, goodbye all”\n"
        "By Jo Reyes\n"
        "6 hours ago\n"
        "Ezra Lockwood finished his last scene on Friday.\n"
    )
    article = parse_seed(raw.encode()).article
    assert (
        article.title == "Marlow star Ezra Lockwood wraps filming: “Goodbye Juniper, goodbye all”"
    )
    assert article.paragraphs == ("Ezra Lockwood finished his last scene on Friday.",)
    assert extract_facts(article).quotes == ()


# 10. "The Glass Orchard actor says" is a descriptor, not a character.


def test_item_10_work_actor_descriptor_is_no_character() -> None:
    found = facts(
        "Nina Holt has joined the film.",
        "The Glass Orchard actor says the shoot starts in May.",
    )
    assert all(c.character != "Glass Orchard" for c in found.served().cast)


# 11. First names and surnames refer to the known person.


def test_item_11_first_name_and_surname_are_the_known_people() -> None:
    found = facts(
        "Dana Whitlow and Priya Lark star in the film.",
        "Dana was asked about the ending. “No spoilers,” she said.",
        "Lark continued: “We cried a lot.”",
    )
    assert [(q.speaker, q.source) for q in found.quotes] == [
        ("Dana Whitlow", SourceKind.PERSON),
        ("Priya Lark", SourceKind.PERSON),
    ]
    assert "Dana" not in found.people and "Lark" not in found.people


def test_item_11_a_new_role_as_producer_adds_no_second_credit() -> None:
    found = facts(
        "Executive producer Mona Quist returns for the sequel.",
        "Quist spoke about her new role as a producer on the film.",
    )
    assert credits(found) == {("executive_producer", "Mona Quist")}


# 12. Release status.


def release(*paragraphs: str, date: str = "2025-05-01") -> list[tuple[str, object]]:
    found = facts(*paragraphs, date=date).served()
    return [(r.kind.value, r.date or r.window) for r in found.release]


def test_item_12_premiere_red_carpet_festival_and_preview_are_events() -> None:
    assert (
        release(
            "The film will have its world premiere at the Lakeside Festival on 3 June.",
            "A preview screening follows on 5 June, with a red carpet on 6 June.",
        )
        == []
    )


def test_item_12_relative_dates_resolve_against_the_article_date() -> None:
    assert release(
        "The film lands on Lumen three days after the premiere, which is on 10 June.",
        date="2025-05-01",
    ) == [("premiere_date", dt.date(2025, 6, 13))]
    assert release("It arrives on Lumen on Thursday the 23rd.", date="2025-10-06") == [
        ("premiere_date", dt.date(2025, 10, 23))
    ]
    assert release("Lumen says the film will be released later this year.", date="2025-05-01") == [
        ("window", "2025")
    ]


def test_item_12_not_before_the_book_means_a_later_window() -> None:
    found = release(
        "The director says the film will not be released before the book is out on 2 July, "
        "so August or later.",
        date="2025-05-01",
    )
    assert all(kind != "premiere_date" for kind, _ in found)


def test_item_12_production_status_is_not_a_release() -> None:
    assert release("Cameras are now rolling on the film.", date="2025-05-01") == [
        ("filming_started", None)
    ]
    assert release("Filming concluded yesterday after a 40-day shoot.", date="2025-05-01") == [
        ("filming_wrapped", dt.date(2025, 4, 30))
    ]


def test_item_12_other_productions_dates_and_casts_are_ignored() -> None:
    found = facts(
        "Kit Lane stars as Ada Marsh in the film, out on 4 April.",
        "Lane also appears in the crime drama Low Tide, which returns on 9 May and stars "
        "Remy Cole as Sam Hart.",
    ).served()
    assert pairs(found) == {("Kit Lane", "Ada Marsh")}
    assert [(r.kind, r.date) for r in found.release] == [
        (ReleaseKind.PREMIERE_DATE, dt.date(2025, 4, 4))
    ]
