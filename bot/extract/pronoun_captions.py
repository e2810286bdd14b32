"""The one a verbless caption pictures, for :mod:`bot.extract.pronoun_subjects`: a picture's
line names its subject, then where or with whom ("Image 6 of 9: Director Ada Vale on set with
Bea Lund."), and has no verb to find a subject by. A "he said" after it is the pictured one's,
never someone's two captions up, nor the companion's after "with"."""

from __future__ import annotations

from bot.extract.lexicon import CAPITALISED_ROLE_NOUN
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_PICTURED = lazy_pattern(
    rf"(?:^|[.!?][ ]+)(?:[A-Z][a-z]+[ ]\d{{1,3}}(?:[ ]of[ ]\d{{1,3}})?:[ ]"
    rf"(?:{CAPITALISED_ROLE_NOUN}[ ])?|{CAPITALISED_ROLE_NOUN}[ ])(?P<name>{NAME})"
    r"[ ](?:on[ ]set|on[ ]location|at[ ]the|between[ ]takes|behind[ ]the)\b[^.!?;:]*[.][ ]*$"
)
"""A caption's last sentence: a label ("Image 6 of 9:") or a role noun or both, a name, then
where it was taken, with no verb before its full stop. A bare "Ada Vale at the premiere." is
as likely a fragment of prose, and a "he said" after it may be anyone's (Vale is "she")."""


def pictured_subject(chunk: str) -> tuple[int, str] | None:
    """Where and whom the last sentence of ``chunk`` pictures, if it is a verbless caption:
    "Image 6 of 9: Director Ada Vale on set with Bea Lund." gives Ada Vale."""
    found = _PICTURED.search(chunk)
    return (found.start("name"), found["name"]) if found else None
