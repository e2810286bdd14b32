"""Words in quotation marks that are the writer's names for things, not anyone's words, and
adjectives that look like parts."""

from __future__ import annotations

from bot.facts import SERVE_LINE
from tests.extract.helpers import facts, pairs


def test_a_nickname_after_calls_him_is_not_a_quote() -> None:
    found = facts(
        "The two leads spoke to us on set.",
        "Marta Quill: Ada calls him “mon petit loup,” which means little wolf, and he loves it.",
    )
    assert [q.text for q in found.quotes if "petit" in q.text] == []


def test_a_term_after_a_determiner_with_nobody_reporting_it_is_not_a_quote() -> None:
    found = facts(
        "Moderators posted a summary of what is known about the sequel.",
        'Unconfirmed: the "tall Danish woman" from the location photos.',
        'There is no "secret preview in Hull next week" either.',
    )
    assert found.quotes == ()


def test_a_fragment_a_report_puts_in_quotation_marks_is_still_a_quote() -> None:
    found = facts(
        'Deadline reported in May that the studio won the book after a "frantic auction" '
        "in Berlin.",
    )
    assert [q.text for q in found.quotes] == ["frantic auction"]


def test_a_foreign_title_in_single_quotes_is_not_a_quote() -> None:
    found = facts(
        "The streamer also confirmed that the Basque drama 'Los Hijos del Monte' returns "
        "in May, with Ane Zubiri back as the sergeant Maite Arregi.",
    )
    assert found.quotes == ()
    assert pairs(found) == set()


def test_an_adjective_of_place_before_actress_is_no_part() -> None:
    found = facts(
        "The Neapolitan actress Carla Ruocco joins the new film as Teresa Amato.",
    )
    assert pairs(found) == {("Carla Ruocco", "Teresa Amato")}


def test_a_place_adjective_without_an_article_is_held_not_served() -> None:
    found = facts("Bolognese actor Dario Fenzi has been spotted on set.")
    assert all(c.confidence < SERVE_LINE for c in found.cast)


def test_a_bracketed_list_keeps_one_order() -> None:
    found = facts(
        "Back for the finale: Lea Wirth (Ada), Tom Barre (Felix), Ines Roth (Mira) and "
        "Jonas Falk (Peter Brandt) is returning too.",
    )
    assert pairs(found) == {
        ("Lea Wirth", "Ada"),
        ("Tom Barre", "Felix"),
        ("Ines Roth", "Mira"),
        ("Jonas Falk", "Peter Brandt"),
    }


def test_a_title_after_titled_is_not_a_quote_however_long() -> None:
    found = facts(
        "The critic posted a video titled “Everything You Missed in the Lantern Teaser "
        "(Shot by Shot)” on Sunday.",
    )
    assert found.quotes == ()


def test_a_description_of_someone_is_not_a_persons_name() -> None:
    found = facts(
        "Nobody has watched the teaser as closely as Ilse Varga.",
        "The Hungarian-Irish TikToker, whose channel has many subscribers, posted on Monday.",
        "“The lighting does all the work,” she says.",
    )
    assert "Hungarian-Irish TikToker" not in found.people
    assert all(q.speaker != "Hungarian-Irish TikToker" for q in found.quotes)


def test_an_attribution_after_a_question_mark_is_read() -> None:
    found = facts(
        "Ilse Varga watched the teaser twice.",
        "Mira Lund is rarely seen smiling. “Mira laughing on screen? In this weather?” Varga says.",
    )
    assert [(q.text[:4], q.speaker) for q in found.quotes] == [("Mira", "Ilse Varga")]


def test_an_everyday_capitalised_word_is_no_organisation() -> None:
    found = facts(
        "Moderators keep a list of what is known about the sequel.",
        "Netflix's official Lantern account posted a pic of the final slate with the caption "
        '"That\'s a wrap on the Lantern movie. Thank you" and the cast have posted since.',
        title="Everything confirmed about the Lantern sequel so far",
    )
    assert all(q.speaker != "Everything" for q in found.quotes)
