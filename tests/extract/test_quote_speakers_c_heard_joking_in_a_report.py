"""Words someone "was heard joking that she was “...”" are hers, not those of the onlooker who
reports hearing them ("Another onlooker said Quist was heard joking that ...")."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brannoch Tide, directed by Seonag Dorrimore, opened the Kelby festival on Friday."


def test_words_heard_in_a_report_are_the_heard_ones() -> None:
    quotes = {
        q.text: (q.speaker, q.source)
        for q in facts(
            _LEDE,
            "Tulvey Ferrowby is back as Nim.",
            "Another onlooker said Ferrowby was heard joking that she was “far too old for a"
            " harbour dance”.",
        ).quotes
        if q.served
    }
    assert quotes["far too old for a harbour dance"] == ("Tulvey Ferrowby", SourceKind.PERSON)
