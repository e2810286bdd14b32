"""A broadcast's own credit line, for :mod:`bot.extract.crewchecks`.

A transcript or a podcast page often ends on the programme's sign-off: "Listen again on the
station app. Producer: Ada Vale." or "Subscribe wherever you get podcasts. Producer: Ada Vale."
(invented), or tells the programme's commission: "The special is produced for Vela FM by Kestrel
Audio. Executive producer: Ada Vale." The labelled post after either, in the same paragraph, is the
programme's staff, not the production the guests talked about; a credit line in a paragraph of
its own ("Producer: Ada Vale" under a film's details) stays. So does a bare "Produced by Ada
Vale." after the programme's presenters in its paragraph ("Presented by Tom Reed and Kay Lund.
Produced by Ada Vale.", or one sentence "Hosted by Tom Reed, produced by Ada Vale"): a credit
line that names who presents is the programme's, where a film's details name who directs.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_LABEL = lazy_pattern(r"[A-Z][a-z]+(?:[ ][A-Za-z][a-z]+){0,2}(?:[ ]and[ ][a-z]+)?:[ ]")
"""A post's label opening the credit: "Producer: ", "Series producer: ", "Editor and host: "."""
_INVITATION = lazy_pattern(
    r"(?:Listen|Subscribe|Catch[ ]up|Tune[ ]in|Download|Follow[ ]the[ ]show|Hear)\b"
)
"""A sentence inviting the reader to listen: "Listen again on ...", "Subscribe wherever ..."."""
_MADE_FOR = lazy_pattern(
    r"[ ](?:is|was)[ ](?:produced|made)[ ]for[ ](?:[A-Z0-9][\w&’'-]*[ ]){1,4}by[ ][A-Z]"
)
"""A sentence telling the programme's commission: "The special is produced for Vela FM by
Kestrel Audio." (invented): the label after it credits that programme's staff."""
_BARE_CREDIT = lazy_pattern(r"(?:(?:Produced|Edited)[ ]by|[A-Z][a-z]+(?:[ ][a-z]+)?:)[ ][A-Z]")
"""A credit with no subject: "Produced by Ada Vale.", "Producer: Ada Vale"."""
_PRESENTED = lazy_pattern(r"(?:Presented|Hosted|Fronted)(?:[ ]and[ ][a-z]+)?[ ]by[ ][A-Z]")
"""A programme's presenters, opening the sentence: "Presented by Tom Reed and Kay Lund"."""
_PRESENTED_THEN = lazy_pattern(
    rf"{_PRESENTED.pattern}[^.;:]{{0,80}}?[,;][ ](?:and[ ])?(?:produced|edited)[ ]by[ ][A-Z]"
)
"""Presenters, then the producer in the same sentence: "Hosted by Tom Reed, produced by Ada"."""


def programme_credit(fact: CrewFact, doc: Doc) -> bool:
    """Whether ``fact`` is a labelled post after an invitation to listen in its paragraph, or a
    bare credit after (or with) the programme's presenters."""
    if _PRESENTED_THEN.match(fact.evidence):
        return True
    presented = _BARE_CREDIT.match(fact.evidence) is not None
    if not (presented or _LABEL.match(fact.evidence)):
        return False
    at = doc.text.find(fact.evidence)
    if at < 0:
        return False
    sentence = doc.sentence_at(at)
    before = doc.sentence_before(sentence)
    return (
        before is not None
        and before.para == sentence.para
        and (
            _INVITATION.match(doc.text, before.start) is not None
            or _MADE_FOR.search(doc.text, before.start, before.end) is not None
            or (presented and _PRESENTED.match(doc.text, before.start) is not None)
        )
    )
