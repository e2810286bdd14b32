"""A relative clause that names the work ("with Y, who has called it “...”") gives the words to
the one the clause hangs on (Y), never to the sentence's subject."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brannoch Tide, directed by Seonag Dorrimore, opened the Kelby festival on Friday."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind, bool]]:
    return {q.text: (q.speaker, q.source, q.served) for q in facts(_LEDE, *paragraphs).quotes}


def test_who_has_called_it_is_the_clauses_persons() -> None:
    quotes = _quotes(
        'Dorrimore co-wrote the script with Ailsa Venn, who has called it "a ghost story in a '
        'raincoat".'
    )
    assert quotes["a ghost story in a raincoat"][:2] == ("Ailsa Venn", SourceKind.PERSON)


def test_who_dubbed_the_film_is_the_clauses_persons() -> None:
    quotes = _quotes(
        'Dorrimore cast Ailsa Venn, who once dubbed the film "a ghost story in a raincoat".'
    )
    assert quotes["a ghost story in a raincoat"][:2] == ("Ailsa Venn", SourceKind.PERSON)


def test_a_main_clause_calling_it_stays_the_subjects() -> None:
    quotes = _quotes(
        'Ailsa Venn joined the crew late. Dorrimore has called it "a ghost story in a raincoat".'
    )
    assert quotes["a ghost story in a raincoat"][:2] == ("Seonag Dorrimore", SourceKind.PERSON)
