"""News from the web: fetch pages and feeds safely, read articles and feed entries out of them.

- ``bot.web.fetch``: the one HTTP client for outside pages (address checks after DNS and after
  every redirect, size cap, timeouts, content types, conditional requests).
- ``bot.web.page``: an HTML page to an ``Article`` (headline, date, lede, paragraphs).
- ``bot.web.feeds``: RSS or Atom bytes to a ``Feed`` of entries with stable identities.
- ``bot.web.errors``: ``WebError`` and its ``Reason``, the one failure type of all three.

Importing this package is cheap: the heavy extraction libraries load on first use only.
"""
