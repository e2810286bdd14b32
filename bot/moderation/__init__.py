"""What moderators do. Who they are (:mod:`.permissions`, the one check every moderator command
makes, and :mod:`.moderator_roles`); news alert settings (:mod:`.alert_settings`); the news
desk's articles (:mod:`.news_editing`, with the files and records in :mod:`.newsdesk`); and
corrections of what the bot learnt (:mod:`.corrections`, :mod:`.name_corrections`, with
autocomplete in :mod:`.choices`)."""
