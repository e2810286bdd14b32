"""What moderators do. Who they are (:mod:`.permissions`, the one check every moderator command
makes, and :mod:`.moderator_roles`); news alert settings (:mod:`.alert_settings`: routes,
pauses, premiere events) and what they see of their alerts (:mod:`.alert_status`: status,
Resend, tests); the news desk's articles (:mod:`.news_editing`, with the files and records in
:mod:`.newsdesk`, and articles read from a link in :mod:`.links`); and corrections of what the
bot learnt (:mod:`.corrections`, :mod:`.name_corrections`, with autocomplete in
:mod:`.choices`)."""
