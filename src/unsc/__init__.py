"""unsc: the UN Security Council as a working system.

Composition and voting (:mod:`unsc.council`), drafts and negotiation (:mod:`unsc.drafts`,
:mod:`unsc.negotiation`), sanctions lists (:mod:`unsc.sanctions`), screening
(:mod:`unsc.screening`) and the HTTP service (:mod:`unsc.service`).
"""

from unsc.errors import (
    Conflict,
    Forbidden,
    InvalidBallot,
    InvalidInput,
    NotFound,
    ParseError,
    StorageError,
    UnscError,
)

__version__ = "0.1.0"

__all__ = [
    "Conflict",
    "Forbidden",
    "InvalidBallot",
    "InvalidInput",
    "NotFound",
    "ParseError",
    "StorageError",
    "UnscError",
    "__version__",
]
