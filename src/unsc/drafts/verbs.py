"""Lead verbs of operative paragraphs, their force, and the binding rule.

**The binding rule** (documented in docs/drafts.md):

* Nothing in a presidential or press statement binds.
* ``Decides`` (and ``Resolves``, ``Directs``) binds in any resolution: Article 25 makes the
  Council's decisions binding on all Members, and the ICJ's *Namibia* opinion (1971) read
  binding force from the wording, not only from Chapter VII.
* ``Requires`` and ``Demands`` bind only in a Chapter VII text. Outside Chapter VII their
  force is debated (1695's "requires all Member States ..." is the example): we count them
  as mandatory in form but not binding.
* A procedural decision ("Decides to remain seized", "to keep under review", "to meet",
  "to consider") binds no State, so it is not binding.
* Every other verb (Calls upon, Urges, Requests, Encourages, Authorizes, Condemns, Welcomes
  ...) does not bind. ``Authorizes`` permits, it does not oblige.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unsc.drafts.model import Instrument

__all__ = ["LEAD_VERBS", "VerbInfo", "classify_verb", "is_binding", "verb_force"]


@dataclass(frozen=True, slots=True)
class VerbInfo:
    """A recognised lead verb: canonical phrase, kind, and force on a 0..3 scale."""

    verb: str
    kind: str
    force: float


# lemma (lower case, as printed) -> (canonical phrase, kind, force)
_VERBS: dict[str, tuple[str, str, float]] = {
    "decides": ("Decides", "decision", 2.0),
    "resolves": ("Resolves", "decision", 2.0),
    "directs": ("Directs", "decision", 2.0),
    "requires": ("Requires", "requirement", 2.0),
    "demands": ("Demands", "demand", 1.75),
    "orders": ("Orders", "demand", 1.75),
    "remains": ("Remains seized", "procedural", 0.0),
    "remain": ("Remains seized", "procedural", 0.0),
    "dissolves": ("Dissolves", "decision", 2.0),
    "mandates": ("Mandates", "decision", 2.0),
    "deems": ("Deems", "declaration", 0.25),
    "holds": ("Holds", "declaration", 0.25),
    "believes": ("Believes", "declaration", 0.1),
    "concludes": ("Concludes", "declaration", 0.25),
    "concurs": ("Concurs", "declaration", 0.1),
    "reconfirms": ("Reconfirms", "declaration", 0.25),
    "re-emphasizes": ("Re-emphasizes", "declaration", 0.25),
    "rejects": ("Rejects", "condemnation", 0.75),
    "denounces": ("Denounces", "condemnation", 1.0),
    "deprecates": ("Deprecates", "condemnation", 0.75),
    "asks": ("Asks", "request", 0.25),
    "expects": ("Expects", "exhortation", 0.4),
    "relies": ("Relies", "request", 0.25),
    "entrusts": ("Entrusts", "request", 0.25),
    "issues": ("Issues", "condemnation", 0.75),
    "observes": ("Observes", "expression", 0.1),
    "takes cognizance": ("Takes cognizance", "expression", 0.1),
    "pays homage": ("Pays homage", "expression", 0.1),
    "lends": ("Lends", "expression", 0.1),
    "congratulates": ("Congratulates", "expression", 0.1),
    "continues": ("Continues", "expression", 0.1),
    "finds": ("Finds", "determination", 0.75),
    "transmits": ("Transmits", "expression", 0.1),
    "advises": ("Advises", "request", 0.25),
    "maintains": ("Maintains", "expression", 0.1),
    "addresses": ("Addresses", "exhortation", 0.4),
    "is resolved": ("Resolves", "decision", 2.0),
    "calls": ("Calls upon", "exhortation", 0.5),
    "reminds": ("Reminds", "declaration", 0.4),  # of obligations it does not create
    "declares": ("Declares", "declaration", 0.5),
    "authorizes": ("Authorizes", "authorization", 2.0),
    "authorises": ("Authorizes", "authorization", 2.0),
    "determines": ("Determines", "determination", 1.0),
    "condemns": ("Condemns", "condemnation", 1.0),
    "censures": ("Censures", "condemnation", 1.0),
    "deplores": ("Deplores", "condemnation", 0.75),
    "warns": ("Warns", "condemnation", 0.75),
    "insists": ("Insists", "exhortation", 0.75),
    "calls upon": ("Calls upon", "exhortation", 0.5),
    "calls on": ("Calls upon", "exhortation", 0.5),
    "calls for": ("Calls for", "exhortation", 0.5),
    "urges": ("Urges", "exhortation", 0.5),
    "appeals": ("Appeals", "exhortation", 0.4),
    "requests": ("Requests", "request", 0.25),
    "instructs": ("Instructs", "request", 0.5),
    "invites": ("Invites", "request", 0.25),
    "encourages": ("Encourages", "request", 0.25),
    "recommends": ("Recommends", "request", 0.25),
    "affirms": ("Affirms", "declaration", 0.25),
    "reaffirms": ("Reaffirms", "declaration", 0.25),
    "reiterates": ("Reiterates", "declaration", 0.25),
    "confirms": ("Confirms", "declaration", 0.25),
    "emphasizes": ("Emphasizes", "declaration", 0.25),
    "emphasises": ("Emphasizes", "declaration", 0.25),
    "stresses": ("Stresses", "declaration", 0.25),
    "underlines": ("Underlines", "declaration", 0.25),
    "considers": ("Considers", "declaration", 0.25),
    "endorses": ("Endorses", "expression", 0.25),
    "approves": ("Approves", "expression", 0.25),
    "supports": ("Supports", "expression", 0.25),
    "welcomes": ("Welcomes", "expression", 0.1),
    "commends": ("Commends", "expression", 0.1),
    "notes": ("Notes", "expression", 0.1),
    "takes note": ("Takes note", "expression", 0.1),
    "expresses": ("Expresses", "expression", 0.1),
    "regrets": ("Regrets", "expression", 0.25),
    "recognizes": ("Recognizes", "expression", 0.1),
    "recognises": ("Recognizes", "expression", 0.1),
    "recalls": ("Recalls", "expression", 0.1),
    "extends": ("Extends", "expression", 0.25),
    "renews": ("Renews", "expression", 0.25),
    "agrees": ("Agrees", "expression", 0.25),
    "accepts": ("Accepts", "expression", 0.25),
    "pays tribute": ("Pays tribute", "expression", 0.1),
    "looks forward": ("Looks forward", "expression", 0.1),
    "undertakes": ("Undertakes", "expression", 0.25),
    "desires": ("Desires", "expression", 0.1),
    "hopes": ("Hopes", "expression", 0.1),
    "trusts": ("Trusts", "expression", 0.1),
    "reposes": ("Reposes", "expression", 0.1),
    "thanks": ("Thanks", "expression", 0.1),
    "appoints": ("Appoints", "institution", 1.0),
    "establishes": ("Establishes", "institution", 1.0),
    "records": ("Records", "expression", 0.1),
    "draws attention": ("Draws attention", "expression", 0.1),
    "draws": ("Draws attention", "expression", 0.1),
}

LEAD_VERBS: frozenset[str] = frozenset(_VERBS)

# Adverbs that intensify a verb (kept in the canonical phrase, add force) ...
_INTENSIFIERS = {
    "strongly": 0.25,
    "urgently": 0.25,
    "firmly": 0.25,
    "vigorously": 0.25,
    "emphatically": 0.25,
    "solemnly": 0.1,
    "earnestly": 0.1,
    "categorically": 0.25,
    "unreservedly": 0.25,
    "severely": 0.25,
    "deeply": 0.0,
    "fully": 0.0,
    "warmly": 0.0,
    "highly": 0.0,
}
# ... and connectives that do not (dropped from the canonical phrase).
_CONNECTIVES = {
    "further",
    "also",
    "again",
    "once",
    "hereby",
    "accordingly",
    "therefore",
    "furthermore",
    "moreover",
    "finally",
    "now",
    "in",
    "addition",
    "likewise",
    "unanimously",
    "formally",
    "consequently",
    "and",
    "thus",
    "lastly",
    "it",
    "will",
    "shall",
}
_PROCEDURAL = re.compile(
    r"^decides\s+(?:that\s+it\s+will\s+)?(?:to\s+)?(remain|keep|consider|meet|"
    r"resume|revert|adjourn|hold|convene|review|return|examine|re-?examine|postpone|"
    r"continue\s+(?:its\s+)?consideration|take\s+up|include|defer|reconsider|invite|"
    r"maintain(?=\s+(?:this|the)\s+(?:item|matter|question)\b))\b"
)
_LEAD = re.compile(
    r"^(?:the\s+members\s+of\s+the\s+(?:security\s+)?council|the\s+security\s+council|"
    r"the\s+council|security\s+council)\s*,?\s*",
    re.IGNORECASE,
)
_ACTING = re.compile(r"^acting\s+under\s+[^,]*,\s*", re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    r"\bCouncil\b[^;:]{0,300}?\b((?:hereby |further |also |therefore )?(?:"
    + "|".join(sorted((k for k in _VERBS if " " not in k), key=len, reverse=True))
    + r"))\b"
)
_CLAUSE_VERB = re.compile(
    r",\s+(?:and\s+)?((?:hereby |further |also |therefore )?(?:"
    + "|".join(sorted((k for k in _VERBS if " " not in k), key=len, reverse=True))
    + r"))\b"
)
_CLAUSE_STARTS = frozenset(
    {
        "acting",
        "in",
        "with",
        "pursuant",
        "upon",
        "on",
        "following",
        "for",
        "at",
        "as",
        "within",
        "under",
        "after",
        "before",
        "having",
        "recalling",
        "noting",
        "bearing",
    }
)
_PARTICIPLE_STARTS = frozenset({"having", "recalling", "noting", "bearing", "acting"})
_SUBJECT_STARTS = frozenset({"now", "the", "it", "and", "therefore", "accordingly", "thus"})
_THIRD_PERSON = re.compile(r"^[A-Z][a-z-]{2,}[^s]s$")
_NOT_VERBS = frozenset(
    {
        "states",
        "members",
        "parties",
        "governments",
        "nations",
        "forces",
        "persons",
        "measures",
        "provisions",
        "resolutions",
        "this",
        "its",
        "his",
        "has",
        "was",
        "is",
        "thus",
        "unless",
        "whereas",
        "perhaps",
        "always",
        "besides",
        "nevertheless",
        "lps",
        "items",
        "goods",
        "matters",
        "authorities",
        "councils",
    }
)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
UNKNOWN = VerbInfo("", "other", 0.0)


_MEMBERS = re.compile(r"^the\s+members\s+of\s+the\b", re.IGNORECASE)


def _past_tense(word: str, following: list[str]) -> tuple[str, str, float] | None:
    """A press statement's past tense ("The members ... condemned", "called upon")."""
    if not word.endswith("ed"):
        return None
    for present in (word[:-2] + "s", word[:-1] + "s", word[:-2] + "es"):
        entry = _VERBS.get(" ".join([present, *following])) or _VERBS.get(present)
        if entry is not None:
            return entry
    return None


def classify_verb(text: str) -> VerbInfo:
    """The lead verb of an operative paragraph's text.

    Skips a leading "The Security Council", an "Acting under Chapter VII," clause and
    connectives (Further, Also, Once again); keeps intensifiers ("Strongly condemns").
    "Decides to remain seized" and other procedural decisions get their own kind.
    """
    rest = _ACTING.sub("", _LEAD.sub("", text.strip()))
    press = _MEMBERS.match(text.strip()) is not None
    words = _WORD.findall(rest[:200])
    lowered = [w.lower() for w in words]
    boost = 0.0
    intens: list[str] = []
    i = 0
    while i < len(lowered) and i < 6:
        w = lowered[i]
        if w in _INTENSIFIERS and (i + 1 < len(lowered)):
            boost += _INTENSIFIERS[w]
            if _INTENSIFIERS[w] > 0:
                intens.append(words[i].capitalize())
            i += 1
            continue
        if w in _CONNECTIVES:
            i += 1
            continue
        break
    if i >= len(lowered):
        return UNKNOWN
    two = " ".join(lowered[i : i + 2])
    entry = (
        _VERBS.get(two)
        or _VERBS.get(lowered[i])
        or _VERBS.get(lowered[i] + "s")  # "Request", "Welcome": a misprinted plural
        or _VERBS.get(lowered[i] + "es")  # "Express"
        or (_past_tense(lowered[i], lowered[i + 1 : i + 2]) if press else None)
    )
    if (
        entry is None
        and _THIRD_PERSON.match(words[i])
        and lowered[i] not in _NOT_VERBS
        and not lowered[i].endswith(("ous", "less", "ness", "ics"))
    ):
        # An uncommon lead verb ("Dissolves", "Takes cognizance"): known shape, little force.
        entry = (words[i].capitalize(), "expression", 0.1)
    if entry is None:
        # "Now, therefore, the Security Council, having ..., hereby resolves to ...":
        # the verb that follows the Council as subject.
        m = _SUBJECT_VERB.search(text[:400]) if lowered[0] in _SUBJECT_STARTS else None
        preamble = lowered[0] in _PARTICIPLE_STARTS and text.rstrip().endswith(",")
        if m is None and lowered[0] in _CLAUSE_STARTS and not preamble:
            # "Acting in accordance with Article 34 ..., requests"; "In regard to DDR ...,
            # endorses": the verb after an opening clause. A participle's paragraph that ends
            # with a comma is preambular: "Noting that the basic problem ... remains unsolved,"
            # (220 (1966)), "Recalling ... resolution 31/6 A, which ... calls upon ...," (402).
            m = _CLAUSE_VERB.search(text[:600])
        if m is None:
            return UNKNOWN
        return classify_verb(text[m.start(1) :])
    verb, kind, force = entry
    if kind == "decision" and verb == "Decides":
        tail = " ".join(lowered[i : i + 8])
        procedural = _PROCEDURAL.match(tail)
        if procedural:
            word = " ".join(procedural.group(1).split())
            seized = word == "remain" and "seized" in tail
            phrase = "Decides to remain seized" if seized else f"Decides to {word}"
            return VerbInfo(phrase, "procedural", 0.0)
    if intens:
        verb = " ".join(intens) + " " + verb[0].lower() + verb[1:]
    return VerbInfo(verb, kind, force + boost)


def verb_force(verb: str) -> float:
    """The force of a canonical verb phrase (0 for an unknown or procedural one)."""
    if not verb:
        return 0.0
    return classify_verb(verb + " x").force


def is_binding(info: VerbInfo, *, chapter_vii: bool, instrument: Instrument) -> bool:
    """Whether a paragraph with this lead verb binds Member States (the rule above)."""
    if not instrument.can_bind:
        return False
    if info.kind == "decision":
        return True
    if info.kind in ("requirement", "demand"):
        return chapter_vii
    return False
