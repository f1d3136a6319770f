"""Names as payment messages and forms hold them, and the name read out of such a field.

Screening reads names where business keeps them: the party fields of payment messages and
the name fields of forms and customer files. A SWIFT party field (MT103's 50K, 59) gives an
account on a first line after a slash, then the name and address on lines of 35 characters;
its structured form (50F, 59F) numbers its lines, 1/ the name (repeated when it runs on), 2/
the address, 3/ country and town. Airline records (IATA's PNR and API data, which travel
bans are checked against) write a passenger FAMILY/GIVEN, a title often joined to the
given names (KONY/JOSEPHMR). Forms put a label before the name ("Beneficiary: ..."),
and fields mix in an account number or an IBAN, an e-mail address, a post-office box or a
street address after commas. Left as it is, each such word is a part of the name that no
listed name explains, and the name scores below the threshold (1/JOSEPH KONY 2/KAMPALA:
no candidate at all). :func:`message_names` reads the name out; a field of one name line
is also screened as written, since a number or a colon may belong to a name (Military Unit
26165, BRANCH 235: PALESTINE BRANCH).
"""

from __future__ import annotations

import re

from unsc.screening.names import known_given_name

__all__ = ["MAX_FIELD", "message_names"]

MAX_FIELD = 1000  # characters: a longer text is no party field (SWIFT's hold 4 x 35 or 5 x
# 35), and is screened as it is

# The words that lead a party's name in a form or a message's free text: a label after which
# a dash stands for a colon ("Beneficiary - Joseph Kony"; not any words before a dash, which
# often belong to the name: ISIL - KHORASAN, Bank Melli Iran - London Branch), and the words
# of a payment's purpose before its payee ("Payment to ...", "in favour of ...")
_LABEL_WORDS = (
    r"(?:beneficiary|customer|client|name|sender|receiver|recipient|payee|payer|remitter"
    r"|ordering\s+customer|account\s+holder|applicant|debtor|creditor|consignee|shipper"
    r"|attn|attention)"
)
_DASH_LABEL = re.compile(rf"^\s*{_LABEL_WORDS}\s*[-–—]\s*(?=\S)", re.IGNORECASE)
_PAYMENT_WORDS = r"(?:payment|transfer|remittance|paid|pay)"
_PAYEE = re.compile(
    rf"^\s*(?:{_PAYMENT_WORDS}\s+(?:to|for)"
    r"|in\s+favou?r\s+of|for\s+the\s+benefit\s+of)\s*:?\s+(?=\S)",
    re.IGNORECASE,
)
# A reference after the name: a word that says so and a code with a digit in it ("ref
# 123/456", "Invoice No. A-1192")
_REFERENCE_WORDS = r"(?:ref|reference|inv|invoice|order|contract)"
_REFERENCE = re.compile(
    rf"[\s,;]+(?:(?:our|your)\s+)?{_REFERENCE_WORDS}\.?"
    r"(?:\s*(?:no|nr|number)\.?)?\s*[:#]?\s*[\w/.-]*\d[\w/.-]*\s*$",
    re.IGNORECASE,
)
# An account or an IBAN before the name ("IBAN DE89 3704 ... Tanchon Commercial Bank")
_ACCOUNT_FIRST = re.compile(
    r"^\s*(?:(?:account|acct|acc|a/c|iban)\.?(?:\s*(?:no|number|nr)\.?)?\s*[:#]?\s*)?"
    r"(?:[a-z]{2}\d{2}[a-z0-9]{10,30}|\d[\d-]{6,}\d)[\s,;]+(?=[^\W\d_])",
    re.IGNORECASE,
)
_SIGNS = re.compile(
    rf"[\n\r/:@<]|\d{{5}}|\bp\.?\s?o\.?\s?box\b|\biban\b|,.*\d|^\s*{_LABEL_WORDS}\s*[-–—]"
    rf"|^\s*(?:{_PAYMENT_WORDS}|in\s+favou?r|for\s+the\s+benefit)\b"
    rf"|\b{_REFERENCE_WORDS}\b.*\d",
    re.IGNORECASE,
)
_ACCOUNT_LINE = re.compile(r"^/\S*$|^[\d\s\-]+$")  # "/123456789", a line of digits alone
_NUMBERED = re.compile(r"(?:^|\s+)([1-8])/")  # 50F's line numbers
_LEADING_ACCOUNT = re.compile(r"^/\S+\s+(?=\S)")
_LABEL = re.compile(r"^[^\W\d_][^\W\d_ .]*(?:[ .]+[^\W\d_]+){0,3}\s*:\s*(?=\S)")
_CONTACT = re.compile(  # from a word's start, of bounded parts: no search goes quadratic
    r"(?<![\w.+-])<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}>?"
    r"|\b(?:https?://|www\.)\S+",
    re.IGNORECASE,
)
_ACCOUNT = re.compile(  # after a word that says so, or of eight digits or more, or an IBAN
    r"\s*\b(?:(?:account|acct|acc|a/c|iban)\.?(?:\s*(?:no|number|nr)\.?)?\s*[:#]?\s*"
    r"(?:[a-z]{2}\d{2}[a-z0-9]{10,30}|\d[\d\- ]{2,}\d)|[a-z]{2}\d{2}[a-z0-9]{10,30}"
    r"|\d[\d\- ]{6,}\d)\s*$",
    re.IGNORECASE,
)
# A passenger's name as airline records give it (IATA's PNR and API data): FAMILY/GIVEN,
# a title after the given names, often joined to the last one (KONY/JOSEPHMR)
_PASSENGER = re.compile(
    r"^\s*([^\W\d_]+(?:[ '’-]+[^\W\d_]+)*)/([^\W\d_]+(?:[ '’-]+[^\W\d_]+)*)\s*$"
)
_PASSENGER_TITLE = re.compile(r"(?<=..)(?:mr|mrs|ms|miss|mstr|dr)$", re.IGNORECASE)
_PO_BOX = re.compile(r"[\s,]+p\.?\s?o\.?\s?box\b.*$", re.IGNORECASE)


def message_names(text: str) -> list[str]:
    """The names a field gives (a text of up to :data:`MAX_FIELD` characters): of a field
    of lines (:func:`_lines_names`), the name read out of them; of one line, the line
    without an e-mail or web address, then also without a label before it, an account or
    an IBAN or a post-office box after it, and before a street address after a comma (a
    first part of two words or more, the rest with a number and a word in it, not a year
    alone)."""
    if len(text) > MAX_FIELD or not _SIGNS.search(text):
        return [text]
    passenger = _passenger_name(text)
    if passenger is not None:
        return [text, passenger]
    if "\n" in text or "\r" in text or _NUMBERED.match(text):
        found = _lines_names(text)
        if found:
            return found
    bare = " ".join(_CONTACT.sub(" ", text).split())
    names = [bare]  # an e-mail address or a web address is no part of a name ("org" would
    # read as a legal form)
    for leading in (_LEADING_ACCOUNT, _ACCOUNT_FIRST, _LABEL, _DASH_LABEL, _PAYEE):
        bare = leading.sub("", bare)
    bare = _ACCOUNT_FIRST.sub("", _LEADING_ACCOUNT.sub("", bare))  # after a label: "Ordering
    # customer: /12345678 Joseph Kony"
    bare = _PO_BOX.sub("", bare)
    bare = _REFERENCE.sub("", bare)
    bare = _ACCOUNT.sub("", bare)
    names.append(" ".join(bare.split()).strip(" ,;"))
    first, _, rest = names[-1].partition(",")
    street = any(c.isdigit() for c in rest) and any(c.isalpha() for c in rest)  # no year
    if street and len(first.split()) >= 2:
        names.append(first.strip())
    return [n for n in dict.fromkeys(names) if n]


def _lines_names(text: str) -> list[str]:
    """The name a field of lines gives: the 1/ lines of a numbered field joined (and the
    name-only lines 8/ may add are left, as are address, country and numbers); else the
    first line that is no account, alone and with the next (a name run on past 35
    characters: KOREA MINING DEVELOPMENT TRADING / CORPORATION)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not _ACCOUNT_LINE.match(line)]
    if not lines:
        return []
    joined = " ".join(lines)
    if _NUMBERED.match(joined):
        parts = _NUMBERED.split(joined)[1:]  # number, content, number, content...
        name = " ".join(c.strip() for n, c in zip(parts[::2], parts[1::2], strict=True) if n == "1")
        return [name] if name else []
    first = _LABEL.sub("", lines[0])
    return [first, f"{first} {lines[1]}"] if len(lines) > 1 else [first]


def _passenger_name(text: str) -> str | None:
    """A passenger's name FAMILY/GIVEN (:data:`_PASSENGER`) as said, given names first,
    without a title joined to the last one when what is left is a given name the tables
    know (KONY/JOSEPHMR: Joseph Kony; not KONY/WILLIAMS, William's s); None for another
    text."""
    m = _PASSENGER.match(text)
    if m is None or len(m[1].split()[-1]) < 2 or len(m[2].split()[0]) < 2:
        return None  # a letter at the slash: M/V ARGO, a vessel's; s/o, c/o (son of, care of)
    words = m[2].split()
    title = _PASSENGER_TITLE.search(words[-1])
    if title is not None:
        stem = words[-1][: title.start()].lower()
        if known_given_name(stem):
            words[-1] = words[-1][: title.start()]
    return f"{' '.join(words)} {m[1].strip()}"
