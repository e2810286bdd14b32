"""Quote masking (:mod:`bot.extract.text`): a quote nested in a quote is masked as one, so the
words after it are read whole, names and all."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_FILM = "Gullwick: the film review"
_FILM_LEAD = (
    "Gullwick, the feature-length film that ends the saga, lands on Friday. The film is directed "
    "by Nils Berg."
)


def test_a_credit_after_a_quote_nested_in_a_quote_keeps_its_whole_name() -> None:
    nested = (
        "Vale recalls the day: ‘Ada rang me and said, “I think Mira deserves this,” and I cried.’"
    )
    told = "Vale reveals that the composer Orla Brennan-Kaye wrote a new theme for it."
    found = facts(_FILM_LEAD, nested, told, title=_FILM)
    assert ("composer", "Orla Brennan-Kaye") in credits(found)
