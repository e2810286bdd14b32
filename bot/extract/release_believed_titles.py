"""A title told only as what someone believes or has heard: held, not served.

"Many of you are convinced the film will be called Copper Lantern: Ember Road", "fans reckon the
sequel will be titled ...", "it is rumoured that the film will be named ...", "there's a rumour
going round that the film is called ...": the name is a belief, not news of one. The belief
must stand in the same clause before the naming, with no maker's word between ("fans had
guessed, and the streamer confirmed the film will be called ..." is still a title reveal) nor one
after the title ("..., the studio said"). A rumour noun counts only as what tells the naming ("a
rumour that", "rumour has it", "rumours going round"), not one merely nearby ("amid rumours of
a delay", "the rumours were true").
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_NAMING = lazy_pattern(
    r"\b(?:(?:will|would|(?:is|was)[ ]going[ ]to)[ ]be|is)[ ](?:called|titled|named|entitled)[ ]"
)
_BELIEF = lazy_pattern(
    r"\b(?:(?:is|are|was|were|['’]re|seem|seems)[ ](?:all[ ]|still[ ]|pretty[ ])?"
    r"(?:convinced|adamant)|believes?|believed|thinks?|reckons?|reckoned|suspects?|suspected|"
    r"assumes?|assumed|swear|theori[sz]e[sd]?|[Rr]umou?red|speculat\w+|guess(?:es|ed)?|"
    r"[Rr]umou?rs?(?=[ ](?:that|is[ ]that|has[ ]it|suggests?|goes|going|doing|circulating|"
    r"online|on)\b))\b"
    r"(?=[^.;:!?]{0,60}$)"
)
_MAKER_AFTER = lazy_pattern(
    r",[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[ ](?:said|says|confirmed|announced|"
    r"revealed)\b"
)
"""A maker credited after the title: "..., the studio is called X, Brightfield said"."""
_MAKERS_SAID = lazy_pattern(
    r"\b(?:confirmed|announced|revealed|unveiled|said|says|told|but|however)\b"
)


def believed_title(evidence: str) -> bool:
    """The sentence names the title only as someone's belief or a rumour."""
    for naming in _NAMING.finditer(evidence):
        head = evidence[max(naming.start() - 80, 0) : naming.start()]
        belief = _BELIEF.search(head)
        if belief is None or _MAKERS_SAID.search(head, belief.end()) is not None:
            continue
        if _MAKER_AFTER.search(evidence, naming.end()) is None:
            return True
    return False
