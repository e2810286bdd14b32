"""A part named by a role noun after "the", for :mod:`bot.extract.cast` (invented examples).

"Perrin Vosk plays the Lamplighter", "Odile Farrant appears as the Abbess": a lone capitalised
noun after "the" is a title the credits give, not a name, and the article keeps it with its
article ("the Lamplighter", as "the Queen"). Cut to "Lamplighter" the part reads as a name no
one in the story bears.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ROLE_THE = lazy_pattern(
    r"\b(?:as|plays?|playing|played|portrays?|portraying|voices?|voicing|(?:role|part)[ ]of)"
    r"[ ]the[ ](?P<noun>[A-Z][a-z]{2,})\b"
    r"(?![’'-]|[ ][A-Z]|[ ](?!(?:and|in|on|who|with|for|at|to|but|from|opposite|alongside|"
    r"against|beside|as|while|when|until|since|after|before|throughout|again|this|next|or)\b)"
    r"[a-z])"
)
"""A role verb, "the" and one capitalised word that no other name, possessive or noun follows
("as the Vey matriarch" is a family's name before a noun); a joining word or a time may
follow ("plays the Gatewarden opposite X", "plays the Abbess again")."""


def articled_part(character: str, evidence: str) -> str:
    """``character`` with its "the" when the sentence names it as "plays|as the Noun" and it is
    that one word: "the Lamplighter"; else the part as it was."""
    if " " in character or not character[:1].isupper():
        return character
    for match in _ROLE_THE.finditer(evidence):
        if match["noun"] == character:
            return f"the {character}"
    return character
