"""Read a comma after one actor's return as the part's, not an aside's ("X is back too, as Y").

Kept apart from :mod:`.cast`'s direct form, which splices both patterns around its "as".
"""

from __future__ import annotations

BACK_COMMA = (
    r"(?:(?:(?<=[ ]is[ ]back)|(?<=[ ]is[ ]back[ ]too)|(?<=[ ]is[ ]also[ ]back))(?P<back>,)"
    r"(?=[ ]as[ ](?!(?:are|is|was|were|do|does|did|has|have|had)\b)))?"
)
"""A comma after one actor's return, before the part: "X is back too, as Y" (the part, not an
aside); not after a list's ("X, Y and Z are back, as A, B and C" is read respectively), nor
before a verb ("X is back, as are Y and Z": more returns, no part). The part then closes its
sentence (:data:`BACK_END`): "X is back, as Y had hinted" names who foretold it, no part."""
BACK_END = r"(?(back)(?=[.;!?]|$))"
"""The end a part after :data:`BACK_COMMA` needs: the sentence closes ("X is back, as Y." casts;
"X is back, as Y had hinted" does not)."""
