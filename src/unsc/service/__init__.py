"""The HTTP service: a yente-compatible ``/match`` API, endpoints mirroring the CLI, a web UI,
API keys with roles and a hash-chained audit log.

Run it with ``unsc serve``, or build the ASGI app with :func:`create_app`.
"""

from unsc.service.app import create_app

__all__ = ["create_app"]
