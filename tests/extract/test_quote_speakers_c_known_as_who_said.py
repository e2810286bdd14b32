"""Words after "Ada Vale, aka Nim, who told onlookers, “...”" are Ada Vale's: the name after
"aka" is the part or nickname she goes by, never the one who speaks."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brannoch Tide, directed by Seonag Dorrimore, opened the Kelby festival on Friday."


def test_words_after_a_name_known_as_another_are_the_names() -> None:
    quotes = {
        q.text: (q.speaker, q.source)
        for q in facts(
            _LEDE,
            "Also seen on the deck: Orla Benning, who plays Mira, and Tulvey Ferrowby, aka Senna"
            " Marr, who told onlookers, “We promised Seonag we’d do one thing together. This is"
            " the thing.”",
        ).quotes
        if q.served
    }
    words = "We promised Seonag we’d do one thing together. This is the thing."
    assert quotes[words] == ("Tulvey Ferrowby", SourceKind.PERSON)
