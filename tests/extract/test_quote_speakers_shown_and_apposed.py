"""Who a quote is credited to when the sentence names someone who does not say it: a person a
post shows ("A later story showed X, holding a mug, captioned"), a company descriptor with the
company set beside it ("the band's label, X, which said"), a subject with a reflexive ("X
herself told us"), and a new sentence whose verb opens the next quote ("“...?” X says: “...”")."""

from __future__ import annotations

from tests.extract.helpers import facts


def _credits(*paragraphs: str) -> dict[str, tuple[str, str]]:
    found = facts(*paragraphs)
    return {q.text[:12]: (q.speaker, q.source.value) for q in found.quotes if q.served}


def test_a_person_a_post_shows_is_not_its_captioner() -> None:
    quotes = _credits(
        "Idris Drummel and Ottoline Feyre star in Larkspur Hollow for Lumen.",
        "Drummel, who plays Wat, posted a photo of the set. A later story showed Ottoline Feyre,"
        " who plays Wat’s aunt, holding a lamp, captioned “the true captain”.",
    )
    assert quotes.get("the true cap", ("", ""))[0] != "Ottoline Feyre"


def test_a_descriptor_with_its_company_beside_it_is_that_company() -> None:
    quotes = _credits(
        "Lumen released the first trailer for Larkspur Hollow on Friday.",
        "The closing song is by the band Gorsemoor. Streams have jumped, according to the band’s"
        " label, Fieldhouse Records, which said in a post that it was “amazed by the response”.",
    )
    assert quotes["amazed by th"] == ("Fieldhouse Records", "organisation")


def test_a_subject_with_a_reflexive_still_speaks() -> None:
    quotes = _credits(
        "Idris Drummel and Ottoline Feyre return for the last season of Halden Marsh.",
        "Feyre is back as the aunt – “the best aunt on television,” according to Drummel, though"
        " Feyre herself told us by email that she was “only there for the scones”.",
    )
    assert quotes["only there f"] == ("Ottoline Feyre", "person")


def test_a_sentence_that_opens_the_next_quote_does_not_claim_the_one_before() -> None:
    quotes = _credits(
        "Ottoline Feyre wrote Halden Marsh, and the cast took questions at the convention.",
        "11:40 A question from the floor, from a boy in a school blazer: “Will they ever marry?”"
        " Feyre just grins and says: “You will have to wait.”",
    )
    assert quotes.get("Will they ev", ("", ""))[0] != "Ottoline Feyre"
    assert quotes["You will hav"] == ("Ottoline Feyre", "person")


def test_a_second_clause_that_opens_the_next_quote_leaves_the_first_to_the_verb() -> None:
    quotes = _credits(
        "Ottoline Feyre wrote Halden Marsh, and Idris Drummel produces it.",
        "Drummel says a date is close. “Next spring, surely,” he says, then adds: “Maybe.”",
        "“six more weeks of waiting, fine,” one viewer wrote online, while another posted: “ugh.”",
    )
    assert quotes["Next spring,"] == ("Idris Drummel", "person")
    assert quotes["six more wee"][1] == "unnamed"
