"""A cast member's own credit told after the part they play, for the crew verbs' connector.

Trade copy gives the stars' producing credit in the same sentence as their parts, as a second
predicate of one subject: "X and Y lead the cast as A and B, and serve as executive producers",
"X returns as A and also executive produces". The words from the casting verb to the "and"
that opens the second predicate stand between the names and the credit's verb.
"""

from __future__ import annotations

from bot.extract.names import NAME

PLAYED_PARTS = (
    r"(?:[ ](?!(?:and|but|while|which|that|who|as)\b)[a-z][\w’'-]*){1,4}?[ ]as[ ]"
    rf"{NAME}(?:(?:,[ ]|,?[ ]and[ ]){NAME}){{0,3}},?[ ]and(?:[ ](?:also|both|will|now))?"
)
"""The parts, then the "and" of the second predicate: "lead the cast as A and B, and"."""
