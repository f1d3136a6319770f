"""One router per endpoint group; the web UI's pages are in :mod:`.ui`."""
