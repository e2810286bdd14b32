"""A title told only as what someone believes or has heard: held, not served.

"Many of you are convinced the film will be called Copper Lantern: Ember Road", "fans reckon the
sequel will be titled ...", "it is rumoured that the film will be named ...", "there's a rumour
going round that the film is called ...": the name is a belief, not news of one. The belief
must stand in the same clause before the naming, with no maker's word between ("fans had
guessed, and the streamer confirmed the film will be called ..." is still a title reveal).
"""

from __future__ import annotations

import re

_NAMING = re.compile(
    r"\b(?:(?:will|would|(?:is|was)[ ]going[ ]to)[ ]be|is)[ ](?:called|titled|named|entitled)[ ]"
)
_BELIEF = re.compile(
    r"\b(?:(?:is|are|was|were|['’]re|seem|seems)[ ](?:all[ ]|still[ ]|pretty[ ])?"
    r"(?:convinced|adamant)|believes?|believed|thinks?|reckons?|reckoned|suspects?|suspected|"
    r"assumes?|assumed|swear|theori[sz]e[sd]?|[Rr]umou?r(?:s|ed)?|speculat\w+|guess(?:es|ed)?)\b"
    r"(?=[^.;:!?]{0,60}$)"
)
_MAKERS_SAID = re.compile(
    r"\b(?:confirmed|announced|revealed|unveiled|said|says|told|but|however)\b"
)


def believed_title(evidence: str) -> bool:
    """The sentence names the title only as someone's belief or a rumour."""
    for naming in _NAMING.finditer(evidence):
        head = evidence[max(naming.start() - 80, 0) : naming.start()]
        belief = _BELIEF.search(head)
        if belief is not None and _MAKERS_SAID.search(head, belief.end()) is None:
            return True
    return False
