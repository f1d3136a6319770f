"""Measures read from the wording of an operative paragraph.

Each :class:`MeasureType` has a pattern over the (lower-cased) text. A paragraph whose lead
verb only recalls, notes or welcomes earlier measures creates none. Sub-paragraphs are read
one by one, so 1718's paragraph 8 gives one measure per item, each with its label, and the
direction of a ban ("supply" to the target, "procurement" from it) is read from the item and
the chapeau above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from unsc.drafts.model import Measure, MeasureType, SubParagraph

__all__ = ["CREATING_KINDS", "derive_measures", "measure_types_in"]

# Lead-verb kinds whose paragraphs can create measures (see unsc.drafts.verbs).
CREATING_KINDS = frozenset(
    {"decision", "requirement", "demand", "exhortation", "request", "authorization", "institution"}
)

_T = MeasureType
_PATTERNS: tuple[tuple[MeasureType, re.Pattern[str]], ...] = tuple(
    (t, re.compile(p))
    for t, p in (
        (_T.ASSET_FREEZE, r"\bfreez|\bfrozen\b"),
        (
            _T.TRAVEL_BAN,
            r"entry into or transit through|prevent the entry|restrict the entry|"
            r"entry into their territor|deny (?:them )?entry|travel ban",
        ),
        (_T.LUXURY_GOODS_BAN, r"luxury goods"),
        (
            _T.ITEMS_BAN,
            r"(?:missile|nuclear|weapons of mass destruction|dual[- ]use|chemical|biological)"
            r"[^;]{0,80}\b(?:items|materials|goods|technology|equipment)\b|"
            r"\b(?:items|materials|equipment),? (?:goods|materials|equipment) and technology|"
            r"items (?:covered|referred to|listed|set out) in|\baircraft and motor vehicles\b",
        ),
        (
            _T.ARMS_EMBARGO,
            r"\barms\b|ammunition|military (?:equipment|vehicles|aircraft)|battle tanks|"
            r"armoured combat vehicles|related materiel|paramilitary police|"
            r"(?:conventional|small) (?:weapons|arms)|weapons and (?:ammunition|related)",
        ),
        (_T.OIL_EMBARGO, r"\bpetroleum\b|\boil\b|\bfuel\b"),
        (
            _T.COMMODITY_BAN,
            r"\bdiamonds?\b|\btimber\b|\bcharcoal\b|\basbestos\b|\bchrome\b|\biron ore\b|"
            r"\bpig-iron\b|\bsugar\b|\btobacco\b|\bcopper\b|\bcoal\b|\bgold\b|\bhides\b|"
            r"\bseafood\b|\btextiles\b|\bindustrial machinery\b|\bagricultural products\b|"
            r"\bearth and stone\b|\bwood\b|\bsilver\b|\bzinc\b|\bnickel\b|\brare earth|"
            r"\bvanadium\b|\btitanium\b|\bstatues\b|\biron\b",
        ),
        (
            _T.TRADE_EMBARGO,
            r"(?:all|any)(?: such)? commodities (?:and|or) products|"
            r"economic relations|(?:trade|commerce) with|all trade\b",
        ),
        (
            _T.FINANCIAL_PROHIBITION,
            r"financial resources|transfer of (?:any )?funds|financial services|financial aid|"
            r"financial transactions|mak\w+ available.{0,160}\bfunds\b|\bfunds\b.{0,60}"
            r"made available|economic aid|(?:loans|credits) to|remitting .{0,40}funds|"
            r"(?:other )?financial or economic resources|joint ventures|"
            r"(?:branches|subsidiaries|representative offices) of .{0,40}banks|"
            r"financial support for trade|correspondent (?:banking )?relationships",
        ),
        (
            _T.AVIATION_BAN,
            r"aircraft .{0,80}(?:take off|land|overfly)|(?:take off|land|overfly).{0,60}aircraft|"
            r"air (?:links|traffic|transport)(?! facilities)|airlines?\b|\bflights?\b|"
            r"aircraft components|servicing of [^;]{0,40}aircraft",
        ),
        (
            _T.CARGO_INSPECTION,
            r"\binspect(?:ion)?\b.{0,60}cargo|cargoes?\b.{0,80}\binspect|stop and search|"
            r"halt all inward and outward|inspection of cargo|inspect\w* (?:the )?vessels?",
        ),
        (
            _T.SHIPPING_BAN,
            r"vessels? .{0,80}(?:entry into|enter) (?:their )?(?:ports|territorial)|"
            r"maritime (?:traffic|shipping)|(?:ports|territorial sea).{0,40}prohibit|"
            r"(?:deny|prohibit)\w*[^.;]{0,60}(?:entry into their ports|port entry|port calls)|"
            r"ship-to-ship transfers?|bunkering services|flag(?:ging)? of .{0,30}vessels|"
            r"traffic from entering the territor",
        ),
        (
            _T.DIPLOMATIC_RESTRICTIONS,
            r"(?:reduc|withdraw|terminat|sever|break|restrict|expel|clos|limit)\w*[^.;]{0,100}"
            r"(?:diplomatic|consular)|(?:diplomatic|consular)[^.;]{0,100}"
            r"(?:reduc|withdraw|terminat|sever|restrict|expel|clos|limit)",
        ),
        (
            _T.TECHNICAL_ASSISTANCE_BAN,
            r"technical (?:training|advice|assistance|services)|training,? advice",
        ),
        (
            _T.SPORTS_CULTURAL_BAN,
            r"sporting events|cultural exchanges|scientific and technical co-?operation",
        ),
        (
            _T.USE_OF_FORCE,
            r"authori[sz]\w*[^;]{0,300}(?:all necessary (?:means|measures)|"
            r"use of (?:armed )?force)|"
            r"use all necessary means|such measures commensurate",
        ),
        (
            _T.SANCTIONS_COMMITTEE,
            r"(?:establish|set up|create)\w*(?:,[^,]{0,160},)? (?:a|an|the following) "
            r"(?:[\w-]+ ){0,4}committee|committee of the security council consisting of all",
        ),
        (
            _T.PANEL_OF_EXPERTS,
            r"(?:establish|re-establish|appoint|set up|create)\w* .{0,80}"
            r"(?:panel of experts|group of experts|monitoring (?:group|mechanism|team)|"
            r"group of (?:up to )?[\w-]+ experts|team of experts|expert group)|"
            r"(?:extend|renew)\w* the mandate of the (?:panel|group) of experts",
        ),
        (
            _T.EXEMPTION,
            r"\bexempt|(?:shall|do|does) not apply|not including supplies intended|"
            r"\bexcept(?:ing)? (?:for|where|as|payments)\b|humanitarian (?:need|exemption)",
        ),
    )
)
_PATTERN_BY_TYPE = dict(_PATTERNS)
# "the supply of missiles to ...": missiles named alone are items of a missile programme,
# unless they stand in a list of conventional arms (1718's Register categories).
_BARE_MISSILES = re.compile(r"\bmissiles\b(?! launch)|\bmissile systems\b")
# "the procurement of such items": items named in an earlier clause or paragraph.
_ITEMS_REFERENCE = re.compile(r"\b(?:such|these|those|the said|all|any) (?:other )?items\b")
_ARMS_WORDS = re.compile(
    r"\barms\b|ammunition|battle tanks|related materiel|military equipment|combat aircraft|"
    r"warships|armoured combat vehicles|artillery"
)
# "The measures imposed by paragraph 8 (d) shall not apply to ...", "the Committee may
# authorize on an exceptional case-by-case basis the importation of ...": an exemption only.
_EXEMPTION_ONLY = re.compile(
    r"^[^;]{0,250}\b(?:measures|prohibitions?|provisions|restrictions|paragraphs?)\b[^;]{0,120}"
    r"\b(?:shall|do|does|will) not apply\b|"
    r"^[^;]{0,200}\bmay (?:authori[sz]e|approve)\b[^;]{0,60}\b(?:exceptional|case-by-case)\b"
)
# "... a Committee ... to undertake the following tasks: (a) ...": the items are the
# committee's tasks (examine reports, consider exemptions), not measures on States.
_COMMITTEE_TASKS = re.compile(r"\bcommittee\b[^;]{0,400}?\b(?:tasks|functions)\b")
# A committee is a sanctions committee when it is the Council's own or oversees measures;
# an "ad hoc committee composed of four members" (455, 507) or an "expert committee" to study
# measures (191) is not.
_SANCTIONS_COMMITTEE = re.compile(
    r"committee of the security council|consisting of all (?:the )?members|embargo|sanctions|"
    r"measures (?:imposed|decided|contained|set out)|prohibitions"
)
_COMMITTEE_KEEPS = frozenset(
    {MeasureType.SANCTIONS_COMMITTEE, MeasureType.PANEL_OF_EXPERTS, MeasureType.REPORTING_DUTY}
)
# Literal fragments one of which each pattern needs: a cheap test before the regex runs.
_ANCHORS: dict[MeasureType, tuple[str, ...]] = {
    _T.ASSET_FREEZE: ("freez", "frozen"),
    _T.TRAVEL_BAN: ("entry", "travel"),
    _T.LUXURY_GOODS_BAN: ("luxury",),
    _T.ITEMS_BAN: (
        "missile",
        "nuclear",
        "weapons of mass",
        "dual",
        "chemical",
        "biological",
        "technology",
        "items",
        "motor vehicles",
    ),
    _T.ARMS_EMBARGO: (
        "arms",
        "ammunition",
        "military",
        "tanks",
        "armoured",
        "materiel",
        "paramilitary",
        "weapons",
    ),
    _T.OIL_EMBARGO: ("petroleum", "oil", "fuel"),
    _T.COMMODITY_BAN: (
        "diamond",
        "timber",
        "charcoal",
        "asbestos",
        "chrome",
        "iron",
        "sugar",
        "tobacco",
        "copper",
        "coal",
        "gold",
        "hides",
        "seafood",
        "textiles",
        "machinery",
        "agricultural",
        "earth and stone",
        "wood",
        "silver",
        "zinc",
        "nickel",
        "rare earth",
        "vanadium",
        "titanium",
        "statues",
    ),
    _T.TRADE_EMBARGO: ("commodities", "economic relations", "trade", "commerce"),
    _T.FINANCIAL_PROHIBITION: (
        "financial",
        "funds",
        "economic aid",
        "loans",
        "credits",
        "joint ventures",
        "banks",
        "banking",
    ),
    _T.AVIATION_BAN: ("aircraft", "air ", "airline", "flight"),
    _T.CARGO_INSPECTION: ("inspect", "cargo", "stop and search", "halt all inward"),
    _T.SHIPPING_BAN: (
        "vessel",
        "maritime",
        "ports",
        "territorial sea",
        "port ",
        "ship-to-ship",
        "bunkering",
        "traffic",
    ),
    _T.TECHNICAL_ASSISTANCE_BAN: ("technical", "training"),
    _T.SPORTS_CULTURAL_BAN: ("sporting", "cultural", "scientific"),
    _T.USE_OF_FORCE: ("necessary means", "necessary measures", "commensurate", "force"),
    _T.DIPLOMATIC_RESTRICTIONS: ("diplomatic", "consular"),
    _T.SANCTIONS_COMMITTEE: ("committee",),
    _T.PANEL_OF_EXPERTS: ("experts", "monitoring", "expert group"),
    _T.EXEMPTION: ("exempt", "not apply", "not including", "except", "humanitarian"),
}
_STATES_REPORT = re.compile(
    r"\bstates\b[^.;]{0,120}\b(?:to|shall|should|will) report\b|"
    r"\breports?\b[^.;]{0,60}\b(?:by|from) (?:all |member )?states\b"
)
_STATES_CONTEXT = re.compile(r"\bstates\b|\bgovernments\b|member states")
# One word boundary before each alternation: the engine fails fast between words.
_ACTION = re.compile(
    r"\b(?:prevent|prohibit|ban\b|shall not|refrain|cease|not to\b|embargo|freez|deny|halt|"
    r"sever|reduce|break off|terminat|stop\b|inspect|suspend|no\b|restrict|boycott|impose|"
    r"establish|set up|create|appoint|all necessary|exempt|not apply|except|report|vigilance|"
    r"clos(?:e|ure)\b|extend|renew)"
)
_SUPPLY = re.compile(
    r"\b(?:supply|sale\b|sell|transfer|export\w* (?:of .{0,80})?to\b|shipment\w* to\b|deliver|"
    r"destined for|acquir|provi(?:de|sion)|available to|financial aid|render|entering\b|"
    r"consigned to\b)"
)
_PROCURE = re.compile(
    r"\b(?:procur|import|purchas|export(?:s|ed|ing)?(?: or [\w-]+)? (?:of .{0,80})?from\b|"
    r"exported therefrom|cease (?:the )?export|originating in (?!their))"
)
_DIRECTED = {
    _T.ARMS_EMBARGO,
    _T.ITEMS_BAN,
    _T.LUXURY_GOODS_BAN,
    _T.OIL_EMBARGO,
    _T.COMMODITY_BAN,
    _T.TRADE_EMBARGO,
    _T.FINANCIAL_PROHIBITION,
    _T.TECHNICAL_ASSISTANCE_BAN,
}
_TRADE = re.compile(
    r"\bsuppl|\bsale\b|\bsell|\btransfer|\bprocur|\bexport|\bimport|\bacquir|\bshipment|"
    r"\bdeliver(?:y|ies|ed|ing)? (?:of|to)\b|\bdeliver\b|\bpurchas|\btrade\b|\bembargo|\bprovision|"
    r"\bprovide|\btraffic\b|\bcarrying\b|\bconsigned\b"
)
_TRADED = {
    _T.ARMS_EMBARGO,
    _T.ITEMS_BAN,
    _T.LUXURY_GOODS_BAN,
    _T.OIL_EMBARGO,
    _T.COMMODITY_BAN,
}
_LISTS = re.compile(
    r"\bS/\d{3,5}/\d+(?:/Add\.\d+)?|\bS/\d{3,6}\b|\bINFCIRC/\d+(?:/[\w.]+)*|"
    r"\bannex to (?:this|the present) resolution\b"
)


def _direction(text: str) -> str | None:
    supply = bool(_SUPPLY.search(text))
    procure = bool(_PROCURE.search(text))
    if supply and procure:
        return "both"
    if procure:
        return "procurement"
    if supply:
        return "supply"
    return None


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def measure_types_in(text: str, *, context: str = "") -> list[MeasureType]:
    """The measure types a piece of wording creates (no verb check; in pattern order).

    ``context`` is the chapeau above a sub-paragraph: it may carry the action ("shall
    prevent:") while the item itself names only the goods.
    """
    low = _norm(text)
    if not _ACTION.search(low) and not _ACTION.search(_norm(context)):
        return []
    if _EXEMPTION_ONLY.search(low):
        return [_T.EXEMPTION]
    found = [
        t for t, pattern in _PATTERNS if any(a in low for a in _ANCHORS[t]) and pattern.search(low)
    ]
    if _T.ITEMS_BAN not in found and (
        (_BARE_MISSILES.search(low) and not (_T.ARMS_EMBARGO in found and _ARMS_WORDS.search(low)))
        or (_ITEMS_REFERENCE.search(low) and not _TRADED.intersection(found))
    ):
        found.insert(found.index(_T.ARMS_EMBARGO) if _T.ARMS_EMBARGO in found else 0, _T.ITEMS_BAN)
    if _STATES_REPORT.search(low) and _STATES_CONTEXT.search(low):
        found.append(_T.REPORTING_DUTY)
    if _T.SANCTIONS_COMMITTEE in found and not _SANCTIONS_COMMITTEE.search(low):
        found.remove(_T.SANCTIONS_COMMITTEE)
    if _T.CARGO_INSPECTION in found and _T.SHIPPING_BAN in found:
        found.remove(_T.SHIPPING_BAN)
    if not _TRADE.search(low) and not _TRADE.search(_norm(context)):
        found = [t for t in found if t not in _TRADED]
    if (
        _T.ITEMS_BAN in found
        and _T.ARMS_EMBARGO in found
        and not re.search(
            r"\barms\b|ammunition|battle tanks|related materiel|military equipment", low
        )
    ):
        found.remove(_T.ARMS_EMBARGO)
    return found


_BOUNDARY = re.compile(r";|:|, and |, ")
_CLAUSE_END = re.compile(r";|:|, and ")


def _local_direction(mtype: MeasureType, text: str, context: str) -> str | None:
    """The direction of one measure: read in its own clause first, then in the whole text."""
    low = _norm(text)
    pattern = _PATTERN_BY_TYPE.get(mtype)
    hit = pattern.search(low) if pattern is not None else None
    if hit is not None:
        before = _BOUNDARY.split(low[: hit.start()])[-1]
        after = _CLAUSE_END.split(low[hit.end() : hit.end() + 40])[0]  # not the next clause's
        found = _direction(before + low[hit.start() : hit.end()] + after)
        if found is not None:
            return found
    return _direction(_norm(context + " " + text))


def _measures_of(text: str, context: str, label: str | None) -> list[Measure]:
    lists = tuple(dict.fromkeys(_LISTS.findall(text)))
    clean = " ".join(text.split())
    return [
        Measure(
            mtype,
            _local_direction(mtype, text, context) if mtype in _DIRECTED else None,
            lists,
            clean,
            label,
        )
        for mtype in measure_types_in(text, context=context)
    ]


def _walk(
    subs: Iterable[SubParagraph], context: str, prefix: str
) -> Iterable[tuple[str, str, str]]:
    for sub in subs:
        label = f"{prefix}({sub.label})" if sub.label not in ("-", "–", "•", "") else prefix
        if sub.subparagraphs:
            yield from _walk(sub.subparagraphs, context + " " + sub.text, label)
            yield label or "-", sub.text, context
        else:
            yield label or "-", sub.text, context


def derive_measures(
    text: str, subparagraphs: tuple[SubParagraph, ...] = (), *, kind: str, closing: str = ""
) -> tuple[Measure, ...]:
    """The measures an operative paragraph creates, from its chapeau and sub-paragraphs."""
    if kind not in CREATING_KINDS:
        return ()
    found: list[Measure] = []
    seen: set[MeasureType] = set()
    tasks = bool(_COMMITTEE_TASKS.search(_norm(text)))
    for label, sub_text, context in () if tasks else _walk(subparagraphs, text, ""):
        for m in _measures_of(sub_text, context, label):
            found.append(m)
            seen.add(m.type)
    for m in _measures_of(f"{text} {closing}".strip(), "", None):
        if m.type not in seen and (not tasks or m.type in _COMMITTEE_KEEPS):
            found.append(m)
    unique: dict[tuple[MeasureType, str | None, str | None], Measure] = {}
    for m in found:
        unique.setdefault((m.type, m.direction, m.subparagraph), m)
    return tuple(unique.values())
