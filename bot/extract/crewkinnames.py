"""A family's surname shared across a credited pair, for :mod:`bot.extract.crewsingles`.

"written by sisters Nell and Ada Quorn" credits Nell Quorn: after a kin noun (sisters, brothers,
twins, siblings) a first name joined by "and" to a first name and a surname takes that surname.
Without the kin noun ("written by Nell and Ada Quorn") the first name may be a person of one name
or share the surname; which stays unsure, and the credit is held.
"""

from __future__ import annotations

import re

_KIN = r"(?:sisters|brothers|twins|siblings|twin[ ](?:sisters|brothers))[ ]"
_SURNAMED = r"[ ](?:and|&)[ ][A-Z][\w’'-]+[ ](?P<surname>[A-Z][\w’'-]+)(?![\w’'-]|[ ][A-Z])"


def kin_surnamed(name: str, evidence: str) -> str | None:
    """``name`` with the surname of the full name it is paired with after a kin noun."""
    if f"s {name} " not in evidence:
        return None  # every kin noun ends in "s" before the name: no pattern to build
    found = re.search(rf"\b{_KIN}{re.escape(name)}{_SURNAMED}", evidence)
    return None if found is None else f"{name} {found['surname']}"


def shares_surname(name: str, evidence: str) -> bool:
    """Whether one name alone is paired with a first name and a surname ("Nell and Ada Quorn"),
    so that it may be a first name of the same family."""
    if f"{name} and " not in evidence and f"{name} & " not in evidence:
        return False  # the pair the pattern needs is not there: no pattern to build
    return re.search(rf"(?<![\w’'-]){re.escape(name)}{_SURNAMED}", evidence) is not None
