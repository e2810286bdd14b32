"""A one-word name that "confirmed" or "posted" something, read at first as a company's, is a
person when the article names one person with that first name: the words are that person's."""

from tests.extract.helpers import facts, served_quotes


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs))


def test_a_first_name_confirming_on_instagram_is_the_named_writer() -> None:
    assert _served(
        "Release day thread for Cobalt Summer. The film is written by Imogen Hartcliffe and runs "
        "for 1 hr 40 min.",
        "EDIT: there is no sequel. Imogen confirmed on Instagram this morning: “This is the last "
        "chapter for Wren and Ollie on screen.” Please stop.",
    ) == [("This is the ", "Imogen Hartcliffe")]


def test_a_first_name_announcing_is_the_named_director() -> None:
    assert _served(
        "The drama is directed by Casimir Threlfall and shoots in Hull this spring.",
        "Casimir announced the news on his newsletter: “The cast read-through is on Monday.”",
    ) == [("The cast rea", "Casimir Threlfall")]


def test_a_company_name_that_starts_no_person_stays_the_company() -> None:
    assert _served(
        "The drama is directed by Casimir Threlfall and shoots in Hull this spring.",
        "Lodestar confirmed the date in a statement: “The series arrives on 3 June.”",
    ) == [("The series a", "Lodestar")]
