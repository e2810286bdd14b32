"""A venue after "at" set before a full name ("at Kelby Picturehouse, Tulvey Ferrowby, who plays
Nim, told our reporter: “...”") is the place, never the speaker: the name beside it speaks."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brannoch Tide, directed by Seonag Dorrimore, opened the Kelby festival on Friday."


def test_the_name_beside_a_venue_speaks() -> None:
    quotes = {
        q.text: (q.speaker, q.source)
        for q in facts(
            _LEDE,
            "Looking back to Tuesday’s premiere screening at Kelby Picturehouse, Tulvey Ferrowby,"
            " who plays Nim, told our reporter: “Everyone kept saying it was the last one, and I"
            " kept refusing to believe them.”",
        ).quotes
        if q.served
    }
    words = "Everyone kept saying it was the last one, and I kept refusing to believe them."
    assert quotes[words] == ("Tulvey Ferrowby", SourceKind.PERSON)
