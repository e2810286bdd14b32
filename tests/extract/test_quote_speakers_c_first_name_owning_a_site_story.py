"""A first name owning a site's story ("Tulvey's Instagram story said “...”") is a person's:
the site after the possessive is no work of ours, so the name is never taken for the company
that owns the work. Known in full, the words are that person's; else they are no one's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brannoch Tide, directed by Seonag Dorrimore, opened the Kelby festival on Friday."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind, bool]]:
    return {q.text: (q.speaker, q.source, q.served) for q in facts(_LEDE, *paragraphs).quotes}


def test_a_known_first_names_site_story_is_the_persons() -> None:
    quotes = _quotes(
        "Tulvey Ferrowby plays Nim in the film.",
        'Tulvey\'s Instagram story said "last day as Nim. what a privilege." and honestly same.',
    )
    assert quotes["last day as Nim. what a privilege."][:2] == (
        "Tulvey Ferrowby",
        SourceKind.PERSON,
    )


def test_an_unknown_first_names_site_story_is_no_companys() -> None:
    quotes = _quotes(
        'Tulvey\'s Instagram story said "last day as Nim. what a privilege." and honestly same.',
    )
    _speaker, source, served = quotes.get(
        "last day as Nim. what a privilege.", ("", SourceKind.UNATTRIBUTED, False)
    )
    assert not (served and source is SourceKind.ORGANISATION)
