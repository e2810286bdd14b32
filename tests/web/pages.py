"""Pages and feeds made to look like real outlets' (menus, bylines, dates, comments, captions).

Each article's own sentences are in ``*_TEXT`` constants and every piece of page furniture in
``FURNITURE``, so a test can check that the first are all kept and the second all left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

HEADLINE = "Heartstopper film sets its premiere for a spring weekend in London"
PARAGRAPHS = (
    "Netflix has confirmed that the Heartstopper film will premiere in London on a spring "
    "weekend next year, closing the story of Nick and Charlie on the big screen.",
    "Creator Alice Oseman, who wrote the screenplay, said the cast had spent six weeks filming "
    "in Kent and that the final scenes were shot at the school used throughout the series.",
    "Kit Connor and Joe Locke return as Nick Nelson and Charlie Spring, and both are also "
    "executive producers on the film, which is directed by Wash Westmoreland.",
    '"We wanted to give the fans an ending that feels earned," Oseman said in a statement '
    "released by the streamer on Tuesday morning.",
    "Yasmin Finney, William Gao and Corinna Brown are among the returning cast, while the "
    "studio has not yet said whether the film will also play in cinemas outside the UK.",
    "The series ran for three seasons and won several awards, including four Children's and "
    "Family Emmys, before the streamer chose a film over a fourth season.",
)
FURNITURE = (
    "Sign up for the Screen Scoop newsletter",
    "Kit Connor and Joe Locke at a screening",
    "Photograph: Samuel Dore/Netflix",
    "By Jane Doe",
    "Senior entertainment writer",
    "Related articles",
    "Ten teen dramas to watch after Heartstopper",
    "Advertisement",
    "Great news, I cannot wait for this",
    "Report this comment",
    "Copyright 2025 Screen Scoop Media",
    "Accept all cookies",
    "Share on Facebook",
    "Most popular",
    "Sections",
)

_NAV = """
<header class="site-header">
  <a class="logo" href="/">Screen Scoop</a>
  <nav class="main-menu" aria-label="Sections">
    <ul><li><a href="/">Home</a></li><li><a href="/film">Film</a></li>
    <li><a href="/tv">TV</a></li><li><a href="/music">Music</a></li>
    <li><a href="/reviews">Reviews</a></li><li><a href="/subscribe">Subscribe</a></li></ul>
    <span class="menu-label">Sections</span>
  </nav>
  <div id="cookie-banner" class="consent">We use cookies to improve your experience.
    <button>Accept all cookies</button></div>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/film">Film</a></nav>
"""

_FOOTER = """
<aside class="most-popular"><h3>Most popular</h3><ol>
  <li><a href="/p/1">Ten teen dramas to watch after Heartstopper</a></li>
  <li><a href="/p/2">Every Netflix film coming this winter</a></li></ol></aside>
<footer class="site-footer"><p>Copyright 2025 Screen Scoop Media. All rights reserved.</p>
  <ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
"""

_COMMENTS = """
<section id="comments" class="comments-area">
  <h3>24 comments</h3>
  <ol class="comment-list">
    <li class="comment"><div class="comment-author">heartstopperfan99</div>
      <div class="comment-content"><p>Great news, I cannot wait for this! Nick and Charlie
      deserve the best ending and I hope the whole cast comes back for it.</p></div>
      <a class="report">Report this comment</a></li>
    <li class="comment"><div class="comment-author">leaves_and_lanterns</div>
      <div class="comment-content"><p>Finally some good news this week. I have watched the
      series four times already and I will watch the film on the day it comes out.</p></div>
      <a class="report">Report this comment</a></li>
  </ol>
</section>
"""


def _json_ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _body(paragraphs: tuple[str, ...]) -> str:
    """The paragraphs, with a photo after the first, an ad after the second, and a related
    block after the third, as outlets place them."""
    inserts = {
        0: """<figure class="article-image"><img src="/img/cast.jpg" alt="">
      <figcaption>Kit Connor and Joe Locke at a screening.
      <span class="credit">Photograph: Samuel Dore/Netflix</span></figcaption></figure>""",
        1: """<div class="ad-slot advert" data-ad="mpu"><span>Advertisement</span></div>""",
        2: """<aside class="related-articles"><h4>Related articles</h4><ul>
      <li><a href="/p/1">Ten teen dramas to watch after Heartstopper</a></li>
      <li><a href="/p/3">Alice Oseman on writing the last chapter</a></li></ul></aside>""",
    }
    parts = []
    for index, paragraph in enumerate(paragraphs):
        css = ' class="standfirst-lede"' if index == 0 else ""
        parts.append(f"<p{css}>{paragraph}</p>{inserts.get(index, '')}")
    return (
        "\n".join(parts)
        + """
    <div class="newsletter-signup"><p>Sign up for the Screen Scoop newsletter and get the
      week's film news every Friday.</p><form><input type="email"><button>Sign up</button>
      </form></div>
    <div class="share-tools"><a>Share on Facebook</a> <a>Share on X</a></div>
    """
    )


def outlet_article(
    *,
    date_in: str = "json-ld",
    headline: str = HEADLINE,
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    published: str = "2025-04-22T09:30:00+01:00",
) -> str:
    """A full article page; ``date_in`` is where its date is: json-ld, meta, time or none."""
    head_extra = ""
    time_tag = '<span class="date">Tuesday</span>'
    if date_in == "json-ld":
        head_extra = _json_ld(
            headline=headline,
            datePublished=published,
            dateModified="2025-04-23T11:00:00+01:00",
            author={"@type": "Person", "name": "Jane Doe"},
            isAccessibleForFree=True,
        )
    elif date_in == "meta":
        head_extra = (
            '<meta property="article:published_time" content="2025-04-22T23:30:00-07:00">'
            '<meta property="article:modified_time" content="2025-05-01T08:00:00Z">'
        )
    elif date_in == "time":
        time_tag = '<time datetime="2025-04-22T08:00:00Z" class="published">22 April 2025</time>'
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{headline} | Screen Scoop</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Screen Scoop">
<meta name="description" content="The film closes the story of Nick and Charlie.">
{head_extra}
</head><body>
{_NAV}
<main id="content">
<article class="post">
  <header class="article-header">
    <a class="kicker" href="/film">Film</a>
    <h1 class="headline">{headline}</h1>
    <div class="byline"><span class="author">By Jane Doe</span>,
      <span class="role">Senior entertainment writer</span> {time_tag}</div>
  </header>
  <div class="article-body">{_body(paragraphs)}</div>
</article>
{_COMMENTS}
</main>
{_FOOTER}
</body></html>"""


PAYWALL_TEASER = (
    "The director of the Heartstopper film has revealed why the last scene was shot twice, "
    "in an interview about the final weeks of filming."
)


def paywalled_article() -> str:
    """A subscriber-only article: JSON-LD says it is not free and only a teaser is served."""
    ld = _json_ld(
        headline="Why the last scene was shot twice",
        datePublished="2025-05-02T07:00:00Z",
        isAccessibleForFree=False,
        hasPart={
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywalled",
        },
    )
    return f"""<!DOCTYPE html><html><head><title>Why the last scene was shot twice</title>
{ld}</head><body>{_NAV}<article><h1>Why the last scene was shot twice</h1>
<p>{PAYWALL_TEASER}</p>
<div class="paywalled"><div class="paywall-prompt"><h2>Subscribe to keep reading</h2>
<p>Subscribers get unlimited access. Already a subscriber? Sign in.</p></div></div>
</article>{_FOOTER}</body></html>"""


def section_front() -> str:
    """A section page of headlines and links: no article on it."""
    items = "".join(
        f'<li><a href="/p/{i}">Heartstopper news story number {i}</a></li>' for i in range(12)
    )
    return f"""<!DOCTYPE html><html><head><title>Film | Screen Scoop</title></head>
<body>{_NAV}<main><h1>Film</h1><ul class="story-list">{items}</ul></main>{_FOOTER}
</body></html>"""


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Screen Scoop: Film</title>
  <link>https://screenscoop.example/film</link>
  <description>Film news</description>
  <item>
    <title>Heartstopper film sets its premiere</title>
    <link>https://screenscoop.example/film/heartstopper-premiere</link>
    <guid isPermaLink="false">screenscoop-41230</guid>
    <pubDate>Tue, 22 Apr 2025 08:30:00 GMT</pubDate>
    <description><![CDATA[<p>Netflix has <b>confirmed</b> the date.</p>]]></description>
  </item>
  <item>
    <title>Filming wraps in Kent</title>
    <link>/film/filming-wraps</link>
    <pubDate>Fri, 18 Apr 2025 16:00:00 +0100</pubDate>
    <description>The cast said goodbye to the set on Friday.</description>
  </item>
  <item>
    <title>A teaser without a link</title>
    <description>Something is coming.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Fandom Wire: Heartstopper</title>
  <link href="https://fandomwire.example/heartstopper" rel="alternate"/>
  <id>tag:fandomwire.example,2025:heartstopper</id>
  <updated>2025-04-28T10:00:00Z</updated>
  <entry>
    <title>Alice Oseman shares details of the film</title>
    <link href="https://fandomwire.example/2025/04/oseman-details" rel="alternate"/>
    <id>tag:fandomwire.example,2025:1007</id>
    <published>2025-04-28T09:00:00+02:00</published>
    <updated>2025-04-28T10:00:00+02:00</updated>
    <summary type="html">&lt;p&gt;The creator on the &lt;em&gt;last&lt;/em&gt; chapter.
      &lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Kit Connor on the final scene</title>
    <link href="https://fandomwire.example/2025/04/connor-final-scene"/>
    <id>tag:fandomwire.example,2025:1008</id>
    <updated>2025-04-29T12:00:00Z</updated>
    <content type="text">He called it the hardest day on set.</content>
  </entry>
</feed>
"""


# ----------------------------------------------------------------- stories for live feeds
@dataclass(frozen=True)
class Story:
    """An article the outlet serves at ``/news/<slug>`` and may list in its live feed."""

    slug: str
    headline: str
    paragraphs: tuple[str, ...]
    published: str
    """ISO 8601, as its JSON-LD states it; "" for a page that gives no date."""

    def page(self) -> str:
        return outlet_article(
            date_in="json-ld" if self.published else "none",
            headline=self.headline,
            paragraphs=self.paragraphs,
            published=self.published,
        )


STORIES = (
    Story(
        "casting-call",
        "Saltmarsh adds two newcomers to its cast before filming begins",
        (
            "The Saltmarsh film has cast two newcomers in the roles the fans asked about most, "
            "the producers announced on Monday, a fortnight before cameras roll on the coast.",
            "Imani Okafor will play Bea Lark, the lighthouse keeper's daughter, and Tomasz "
            "Wren will play Owen Lark, her older brother, in their first film roles.",
            '"They walked in and the room went quiet," said director Ruth Abernathy, who '
            "chose them from more than two thousand recorded auditions sent in over winter.",
            "Both will join the returning cast for read-throughs in London next week, and the "
            "studio said more casting news would follow before the end of the month.",
        ),
        "2025-05-05T08:00:00+01:00",
    ),
    Story(
        "filming-begins",
        "Cameras roll on Saltmarsh as the cast gathers on the north coast",
        (
            "Filming on Saltmarsh began on Tuesday on the north coast, where the production "
            "has rebuilt the old harbour that the books describe in such loving detail.",
            "Director Ruth Abernathy shared a photograph of the first slate and thanked the "
            "village for its patience with the trucks, the lights and the early mornings.",
            '"This is the place the story was always meant to be told," Abernathy said in a '
            "short message to the fans who had waited three years for the adaptation.",
            "The shoot is planned to last ten weeks, with the harbour scenes first and the "
            "storm sequence saved for the last fortnight, when the crew expects rough seas.",
        ),
        "2025-05-20T09:15:00+01:00",
    ),
    Story(
        "premiere-set",
        "Saltmarsh gets a premiere date at last",
        (
            "Saltmarsh will premiere on 14 March 2026, the studio announced on Thursday, ending "
            "months of guessing among the fans who have followed every step of the production.",
            "The film will open in cinemas first and reach the streaming service six weeks "
            "later, the studio said, with a first trailer promised before the summer ends.",
            '"We could not be prouder of what the cast and crew have made," said producer '
            "Helen Marsh, who fought for the adaptation for the better part of a decade.",
            "Tickets for the premiere screenings go on sale in January, and the studio plans "
            "a fan event in the harbour village where most of the film was shot.",
        ),
        "2025-06-12T10:00:00+01:00",
    ),
)


@dataclass(frozen=True)
class FeedItem:
    """One entry of the outlet's live feed (RSS ``<item>``, Atom ``<entry>``)."""

    guid: str
    title: str
    link: str
    published: str
    """RFC 822, as RSS writes dates."""
    summary: str


def live_rss(items: list[FeedItem]) -> str:
    entries = "".join(
        f"""
  <item>
    <title>{escape(item.title)}</title>
    <link>{escape(item.link)}</link>
    <guid isPermaLink="false">{escape(item.guid)}</guid>
    <pubDate>{item.published}</pubDate>
    <description>{escape(item.summary)}</description>
  </item>"""
        for item in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Screen Scoop: Saltmarsh</title>
  <link>https://screenscoop.example/saltmarsh</link>
  <description>Everything about the Saltmarsh film</description>{entries}
</channel></rss>
"""
