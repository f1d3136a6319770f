"""The free-text Remarks of OFAC's SDN list, taken apart into the entity model.

A remark is a ``;``-separated run of statements such as ``a.k.a. 'BNC'``, ``DOB 01 Jan 1956``,
``POB Tijuana, Mexico``, ``nationality Turkey``, ``Passport 5208116575 (Germany) expires
07 Sep 2013``, ``Vessel Registration Identification IMO 7406784`` or ``Linked To: HAMAS``.
``alt.`` in front marks an alternative value. A statement nothing here understands is kept
verbatim under ``properties["remarks"]``: no text is dropped.
"""

from __future__ import annotations

import datetime as dt
import re

from unsc.sanctions.countries import country_code
from unsc.sanctions.model import DateKind, Entity, Identifier, Name, NameKind, PartialDate, Place
from unsc.textdates import month_bounds, month_number

_SPLIT = re.compile(r";\s+")
_OPENS_ALIAS = re.compile(r"^(?:alt\. )?[afn]\.k\.a\.\s*'", re.IGNORECASE)
_ALIAS = re.compile(r"^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*'(.+)'\.?$", re.IGNORECASE)
# An a.k.a. in the Remarks is a weak one: the CSV files give the strong a.k.a.s in ALT.CSV
# (:mod:`.ofac_companions`) and the weak ones ("nicknames, noms-de-guerre, and unusually
# common acronyms", written in double quotes in the TXT and PDF lists) here, OFAC's FAQs
# 122-123. A former name (f.k.a.) and a name now known (n.k.a.) keep their own kinds.
_NAME_KINDS = {
    "a.k.a.": NameKind.ALIAS_LOW,
    "f.k.a.": NameKind.FORMER,
    "n.k.a.": NameKind.ALIAS_GOOD,
}
_DAY = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$")
_MONTH = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{4})$")
_YEARS = re.compile(r"^(\d{4})$")
_TAIL = re.compile(
    r"^(?P<number>.*?)(?:\s+\((?P<country>[^()]+)\))?"
    r"(?:\s+issued\s+(?P<issued>\d{1,2} \w{3} \d{4}|\w{3} \d{4}|\d{4}))?"
    r"(?:\s+expires\s+(?P<expires>\d{1,2} \w{3} \d{4}|\w{3} \d{4}|\d{4}))?$"
)

# Statement label -> normalised identifier type (longest labels first when matching).
ID_LABELS: dict[str, str] = {
    "Passport": "passport",
    "Diplomatic Passport": "passport",
    "National ID No.": "national_id",
    "Identification Number": "national_id",
    "Cedula No.": "national_id",
    "C.U.R.P.": "national_id",
    "SSN": "national_id",
    "Personal ID Card": "national_id",
    "Driver's License No.": "other",
    "Tax ID No.": "tax_id",
    "R.F.C.": "tax_id",
    "NIT #": "tax_id",
    "RUC #": "tax_id",
    "Registration Number": "registration",
    "Business Registration Number": "registration",
    "Public Registration Number": "registration",
    "Central Registration System Number": "registration",
    "Certificate of Incorporation Number": "registration",
    "United Social Credit Code Certificate (USCCC)": "registration",
    "Birth Certificate Number": "other",
    "National Foreign ID Number": "national_id",
    "Turkish Identification Number": "national_id",
    "Numero de Identidad": "national_id",
    "Travel Document Number": "passport",
    "Registration ID": "registration",
    "Company Number": "registration",
    "Business Registration Document #": "registration",
    "Business Number": "registration",
    "Commercial Registry Number": "registration",
    "Commercial Registration Number": "registration",
    "C.R. No.": "registration",
    "Folio Mercantil No.": "registration",
    "Matricula Mercantil No": "registration",
    "Government Gazette Number": "registration",
    "Chamber of Commerce Number": "registration",
    "Economic Register Number (CBLS)": "registration",
    "Unified Social Credit Code (USCC)": "registration",
    "Legal Entity Number": "lei",
    "SWIFT/BIC": "swift",
    "Vessel Registration Identification IMO": "imo",
    "Vessel Registration Identification": "imo",
    "IMO": "imo",
    "MMSI": "mmsi",
    "Aircraft Tail Number": "registration",
    "Aircraft Manufacturer's Serial Number (MSN)": "serial_number",
    "Aircraft Construction Number (also called L/N or S/N or F/N)": "serial_number",
}
_ID_ORDER = sorted(ID_LABELS, key=len, reverse=True)

# Statement label -> property key (the value is the rest of the statement).
PROPERTY_LABELS: dict[str, str] = {
    "Linked To:": "linked_to",
    "Website": "website",
    "Email Address": "email",
    "Phone Number": "phone",
    "Telephone": "phone",
    "Fax": "fax",
    "Organization Established Date": "incorporation_date",
    "Organization Type:": "organization_type",
    "Target Type": "target_type",
    "Secondary sanctions risk:": "secondary_sanctions_risk",
    "Additional Sanctions Information -": "additional_sanctions_information",
    (
        "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:"
    ): "transactions_prohibited",
    "Digital Currency Address -": "crypto_wallet",
    "Vessel Year of Build": "build_year",
    "Former Vessel Flag": "past_flags",
    "Vessel Flag": "flag",
    "Other Vessel Type": "vessel_type",
    "Nationality of Registration": "registration_country",
    "Aircraft Model": "aircraft_model",
    "Aircraft Operator": "operator",
    "Aircraft Manufacture Date": "build_date",
    "Aircraft Mode S Transponder Code": "transponder",
    "Executive Order 13662 Directive Determination -": "directive",
    "Executive Order 14024 Directive Information -": "directive",
    "Executive Order 14024 Directive Information": "directive",
    "Executive Order 13846 information:": "eo13846",
    "CAATSA - Russia": "caatsa",
    "Title": "title",
}
_PROP_ORDER = sorted(PROPERTY_LABELS, key=len, reverse=True)


def split_remarks(remarks: str) -> list[str]:
    """Statements of a Remarks field (``;`` outside quotes), final full stop removed."""
    text = remarks.strip()
    if text.endswith("."):
        text = text[:-1]
    out: list[str] = []
    open_alias = False
    for piece in _SPLIT.split(text):
        if open_alias:
            out[-1] += "; " + piece
        else:
            out.append(piece)
        # an alias in quotes may itself hold "; ": keep joining until its quote closes
        open_alias = bool(_OPENS_ALIAS.match(out[-1])) and not out[-1].rstrip().endswith("'")
    return [s.strip() for s in out if s.strip()]


def parse_ofac_date(text: str) -> PartialDate | None:
    """``01 Jan 1956``, ``Jan 1956``, ``1956``, ``circa 1956``, ``1951 to 1953`` ..."""
    raw = text.strip().rstrip(".")
    approx = raw.lower().startswith("circa ")
    body = raw[6:].strip() if approx else raw
    sep = " to " if " to " in body else "-" if re.match(r"^\d{4}-\d{4}$", body) else None
    if sep is not None:
        first, last = (_bounds(p.strip()) for p in body.split(sep, 1))
        if first is None or last is None:
            return None
        return PartialDate(DateKind.RANGE, first[0], last[1], raw)
    bounds = _bounds(body)
    if bounds is None:
        return None
    earliest, latest = bounds
    if approx:
        kind = DateKind.APPROXIMATE
    elif earliest == latest:
        kind = DateKind.EXACT
    elif (earliest.month, latest.month) == (1, 12):
        kind = DateKind.YEAR
    else:
        kind = DateKind.RANGE
    return PartialDate(kind, earliest, latest, raw)


def _bounds(text: str) -> tuple[dt.date, dt.date] | None:
    try:
        if m := _DAY.match(text):
            month = month_number(m[2])
            if month is None:
                return None
            day = dt.date(int(m[3]), month, int(m[1]))
            return day, day
        if m := _MONTH.match(text):
            month = month_number(m[1])
            if month is None:
                return None
            return month_bounds(int(m[2]), month)
        if m := _YEARS.match(text):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return None


def flip_name(name: str, is_person: bool) -> tuple[str, tuple[str, ...]]:
    """OFAC writes persons ``LAST, First``: give ``First LAST`` and the parts."""
    if is_person and name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if last and first:
            return f"{first} {last}", (first, last)
    return name, ()


def _place(text: str) -> Place:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    code = country_code(parts[-1]) if parts else None
    if code is None:
        return Place(city=text.strip() or None)
    return Place(city=", ".join(parts[:-1]) or None, country=parts[-1], country_code=code)


def _identifier(kind: str, label: str, rest: str) -> Identifier | None:
    m = _TAIL.match(rest.strip())
    if m is None or not m["number"]:
        return None
    country = m["country"]
    return Identifier(
        type=kind,
        number=m["number"].strip(),
        type_text=label,
        country=country,
        country_code=country_code(country),
        issued=m["issued"],
        expires=m["expires"],
    )


def apply_remarks(entity: Entity, remarks: str) -> None:
    """Add what the Remarks say to ``entity`` (names, dates, places, documents, properties)."""
    is_person = entity.schema == "Person"
    for statement in split_remarks(remarks):
        body = statement[5:].strip() if statement.startswith("alt. ") else statement
        if m := _ALIAS.match(body):
            kind = _NAME_KINDS[m[1].lower()]
            full, parts = flip_name(m[2].strip(), is_person)
            name = Name(full, kind, parts, "now known as" if m[1].lower() == "n.k.a." else None)
            if name not in entity.names:
                entity.names.append(name)
        elif body.startswith("DOB "):
            date = parse_ofac_date(body[4:])
            if date is None:
                entity.properties.setdefault("birth_date_text", []).append(body[4:])
            elif date not in entity.birth_dates:
                entity.birth_dates.append(date)
        elif body.startswith("POB "):
            entity.birth_places.append(_place(body[4:]))
        elif body.startswith(("nationality ", "citizen ")):
            country = body.split(" ", 1)[1].strip()
            if country not in entity.nationalities:
                entity.nationalities.append(country)
            code = country_code(country)
            if code and code not in entity.country_codes:
                entity.country_codes.append(code)
        elif body.startswith("Gender "):
            entity.gender = body[7:].strip()
        elif not _labelled(entity, body):
            entity.properties.setdefault("remarks", []).append(statement)


def _labelled(entity: Entity, body: str) -> bool:
    for label in _ID_ORDER:
        if body.startswith(label + " "):
            ident = _identifier(ID_LABELS[label], label, body[len(label) :])
            if ident is not None:
                entity.identifiers.append(ident)
                return True
    for label in _PROP_ORDER:
        if body.startswith(label):
            value = body[len(label) :].strip()
            if value:
                entity.properties.setdefault(PROPERTY_LABELS[label], []).append(value)
                return True
    return False
