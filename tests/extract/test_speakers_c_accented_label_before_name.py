"""An unnamed someone's label with an accented word ("One local café owner, Ada Vale, said") is
named beside it all the same: a later "she laughed" is the named person's, not "One local"."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_an_accented_label_word_before_the_apposed_name() -> None:
    found = facts(
        "Filming of Brannoch Tide began in Kelby on Monday.",
        "One local café owner, Yestrel Pendreth, said fans had renamed her shop online."
        " “We will take it,” she laughed.",
    )
    served = {q.text: (q.speaker, q.source) for q in found.quotes if q.served}
    assert served["We will take it"] == ("Yestrel Pendreth", SourceKind.PERSON)
