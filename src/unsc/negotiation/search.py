"""Compromise search: the strongest text a body adopts, exactly, with OR-Tools CP-SAT.

The model has one boolean per basis option and per (paragraph, wording); at most one wording
per paragraph (exactly one if it must stay). Every feature a stance mentions is the OR of the
chosen items carrying it; a stance fires when all its literals hold; a member votes yes when
no stance below yes fires, and does not vote no when no "no" stance fires. The body's
:class:`~unsc.negotiation.bodies.Rule` and the options (unanimity, no permanent abstention)
are linear constraints over those votes.

The objective is lexicographic, folded into one integer objective with exact weights: the
greatest strength, then the fewest yielded red lines crossed, then the most yes votes, then
the fewest edits from the tabled text.
:func:`closest` instead minimises the number of edits from a given text (what would flip
its outcome). :func:`exhaustive` enumerates small spaces with the same ordering, to check
the solver.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from ortools.sat.python import cp_model, cp_model_helper

from unsc.errors import InvalidInput
from unsc.negotiation.bodies import Rule
from unsc.negotiation.positions import ASSUMPTIONS, Level, Literal, Position
from unsc.negotiation.space import Choice, Space
from unsc.settings import get_settings

#: A CP-SAT literal (a boolean variable or its negation), or a constant 0/1 once simplified.
Flag = cp_model_helper.Literal | int


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """What the text must satisfy besides adoption.

    ``forced`` pins paragraphs to a wording (or to None: dropped); ``basis`` pins the basis.
    """

    unanimous: bool = False
    no_permanent_abstention: bool = False
    must_stay: tuple[str, ...] = ()
    forced: Mapping[str, str | None] = field(default_factory=dict)
    basis: str | None = None
    assume: str = "expected"
    firm_red_lines: bool = False


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The best text found (None when no text satisfies the constraints)."""

    choice: Choice | None
    strength: int = 0
    crossed: int = 0
    yes: int = 0
    distance: int = 0
    optimal: bool = True
    method: str = "cp-sat"


class _Model:
    """The CP-SAT encoding of a space, the members' positions and a body's rule."""

    def __init__(
        self,
        space: Space,
        positions: Mapping[str, Position],
        rule: Rule,
        opts: SearchOptions,
    ) -> None:
        self.space, self.rule, self.opts = space, rule, opts
        m = self.m = cp_model.CpModel()
        self.xb = {b.id: m.new_bool_var(f"basis:{b.id}") for b in space.bases}
        m.add_exactly_one(self.xb.values())
        self.xv: dict[tuple[str, str], cp_model.IntVar] = {}
        for slot in space.slots:
            vs = [m.new_bool_var(f"{slot.id}/{v.id}") for v in slot.variants]
            self.xv.update({(slot.id, v.id): x for v, x in zip(slot.variants, vs, strict=True)})
            stay = slot.must_stay or slot.id in opts.must_stay
            (m.add_exactly_one if stay else m.add_at_most_one)(vs)
        if self.xv:
            m.add_bool_or(self.xv.values())  # a text says something
        self._fix(opts)
        self._pairs: dict[tuple[str, str, str], cp_model.IntVar] = {}
        self._features: dict[str, Flag] = {}
        for slot in space.slots:
            if slot.needs:
                chosen = sum(self.xv[slot.id, v.id] for v in slot.variants)
                self.m.add(chosen <= self._trigger(slot.needs))
        self.crossed: list[Flag] = []
        self.yes: dict[str, Flag] = {}
        self.ge_abstain: dict[str, Flag] = {}
        for code in rule.members:
            self._member(code, positions.get(code))
        self.adopted = self._adopted()

    def _fix(self, opts: SearchOptions) -> None:
        if opts.basis is not None:
            self.space.basis(opts.basis)
            self.m.add(self.xb[opts.basis] == 1)
        for slot_id, variant_id in opts.forced.items():
            slot = self.space.slot(slot_id)
            for v in slot.variants:
                self.m.add(self.xv[slot.id, v.id] == int(v.id == variant_id))
            if variant_id is not None:
                slot.variant(variant_id)

    def feature(self, name: str) -> Flag:
        if name in self._features:
            return self._features[name]
        if name == f"instrument:{self.space.instrument}":
            return 1
        carriers = [self.xb[b.id] for b in self.space.bases if name in b.features]
        for slot in self.space.slots:
            for v in slot.variants:
                under = [b.id for b in self.space.bases if name in v.features[b.id]]
                if len(under) == len(self.space.bases):
                    carriers.append(self.xv[slot.id, v.id])
                else:
                    carriers += [self._both(slot.id, v.id, b) for b in under]
        var: Flag = 0
        if carriers:
            f = self.m.new_bool_var(f"f:{name}")
            self.m.add_max_equality(f, carriers)
            var = f
        self._features[name] = var
        return var

    def _both(self, slot_id: str, variant_id: str, basis_id: str) -> cp_model.IntVar:
        """A boolean for "this wording is chosen and this basis too" (created once)."""
        key = (slot_id, variant_id, basis_id)
        if key not in self._pairs:
            y = self.m.new_bool_var(f"{slot_id}/{variant_id}&{basis_id}")
            self.m.add_min_equality(y, [self.xv[slot_id, variant_id], self.xb[basis_id]])
            self._pairs[key] = y
        return self._pairs[key]

    def _trigger(self, when: tuple[Literal, ...]) -> Flag:
        lits: list[Flag] = []
        for lit in when:
            f = self.feature(lit.feature)
            negated = lit.negated
            if isinstance(f, int):
                if (f == 1) == negated:
                    return 0
                continue
            lits.append(~f if negated else f)
        if not lits:
            return 1
        if len(lits) == 1:
            return lits[0]
        t = self.m.new_bool_var("t")
        self.m.add_min_equality(t, lits)
        return t

    def _member(self, code: str, position: Position | None) -> None:
        if position is None:
            self.yes[code], self.ge_abstain[code] = 1, 1
            return
        below_yes: list[Flag] = []
        below_abstain: list[Flag] = []
        for stance in position.stances:
            eff = stance.effective(assume=self.opts.assume, firm_red_lines=self.opts.firm_red_lines)
            t = self._trigger(stance.when)
            if stance.crossed_by_yielding(firm_red_lines=self.opts.firm_red_lines) and not (
                isinstance(t, int) and t == 0
            ):
                self.crossed.append(t)
            if eff < Level.YES:
                below_yes.append(t)
            if eff < Level.ABSTAIN:
                below_abstain.append(t)
        self.yes[code] = self._none_of(below_yes, position.default >= Level.YES)
        self.ge_abstain[code] = self._none_of(below_abstain, position.default >= Level.ABSTAIN)

    def _none_of(self, triggers: list[Flag], default_ok: bool) -> Flag:
        if not default_ok or any(isinstance(t, int) and t == 1 for t in triggers):
            return 0
        live = [t for t in triggers if not isinstance(t, int)]
        if not live:
            return 1
        v = self.m.new_bool_var("none_of")
        for t in live:
            self.m.add_implication(v, t.Not())
        self.m.add_bool_or([v, *live])
        return v

    def _adopted(self) -> cp_model.IntVar:
        rule, m = self.rule, self.m
        a = m.new_bool_var("adopted")
        conds: list[Flag] = [self.ge_abstain[c] for c in rule.veto]
        if rule.consensus:
            level = self.yes if rule.abstention_blocks else self.ge_abstain
            conds += [level[c] for c in rule.members]
        else:
            q = m.new_bool_var("quota")
            total = sum(self.yes.values())
            m.add(total >= rule.min_yes).only_enforce_if(q)
            m.add(total <= rule.min_yes - 1).only_enforce_if(q.Not())
            conds.append(q)
        if any(isinstance(c, int) and c == 0 for c in conds):
            m.add(a == 0)
            return a
        live = [c for c in conds if not isinstance(c, int)]
        if live:
            m.add_min_equality(a, live)
        else:
            m.add(a == 1)
        return a

    def require_adopted(self, value: bool = True) -> None:
        self.m.add(self.adopted == int(value))
        if not value:
            return
        if self.opts.unanimous:
            for code in self.rule.members:
                self.m.add(self.yes[code] == 1)
        if self.opts.no_permanent_abstention:
            for code in self.rule.veto:
                self.m.add(self.yes[code] == 1)

    def strength_expr(self) -> tuple[cp_model.LinearExpr, int]:
        """The strength objective and an upper bound of its absolute value."""
        space = self.space
        b0 = space.bases[0].id
        terms: list[cp_model.LinearExprT] = [b.strength * self.xb[b.id] for b in space.bases]
        bound = max(abs(b.strength) for b in space.bases)
        for slot in space.slots:
            best = 0
            for v in slot.variants:
                x = self.xv[slot.id, v.id]
                terms.append(v.strength[b0] * x)
                for b in space.bases[1:]:
                    delta = v.strength[b.id] - v.strength[b0]
                    if delta:
                        terms.append(delta * self._both(slot.id, v.id, b.id))
                best = max(best, *(abs(s) for s in v.strength.values()))
            bound += best
        return cp_model.LinearExpr.sum(terms), bound

    def distance_expr(self, ref: Choice) -> cp_model.LinearExpr:
        terms: list[cp_model.LinearExprT] = [1 - self.xb[ref.basis]]
        for slot, pick in zip(self.space.slots, ref.picks, strict=True):
            if pick is None:
                terms += [self.xv[slot.id, v.id] for v in slot.variants]
            else:
                terms.append(1 - self.xv[slot.id, pick])
        return cp_model.LinearExpr.sum(terms)

    def solve(self, *, time_limit: float | None) -> tuple[SearchResult, cp_model.CpSolver]:
        """Solve; without a solution the result's choice is None (``optimal`` False when the
        time limit, not infeasibility, is the reason)."""
        if time_limit is None:
            time_limit = float(get_settings().search_time_limit)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.random_seed = 7
        solver.parameters.max_time_in_seconds = time_limit
        status = solver.solve(self.m)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return SearchResult(None, optimal=status == cp_model.INFEASIBLE), solver
        basis = next(b for b, x in self.xb.items() if solver.value(x))
        picks = tuple(
            next((v.id for v in s.variants if solver.value(self.xv[s.id, v.id])), None)
            for s in self.space.slots
        )
        choice = Choice(basis, picks)
        return SearchResult(
            choice,
            strength=self.space.strength(choice),
            crossed=sum(c if isinstance(c, int) else solver.value(c) for c in self.crossed),
            yes=sum(solver.value(y) if not isinstance(y, int) else y for y in self.yes.values()),
            optimal=status == cp_model.OPTIMAL,
        ), solver


def _check(space: Space, positions: Mapping[str, Position], rule: Rule, o: SearchOptions) -> None:
    for slot_id in o.must_stay:
        space.slot(slot_id)
    if o.assume not in ASSUMPTIONS:
        raise InvalidInput(
            f"assume must be one of {', '.join(ASSUMPTIONS)}, not {o.assume!r}",
            field="assume",
        )
    del positions, rule


def strongest(
    space: Space,
    positions: Mapping[str, Position],
    rule: Rule,
    options: SearchOptions | None = None,
    *,
    time_limit: float | None = None,
) -> SearchResult:
    """The strongest adopted text.

    Lexicographic: the greatest strength, then the fewest yielded red lines crossed, then
    the most yes votes, then the fewest edits from the tabled text (ties keep its wording).
    """
    opts = options or SearchOptions()
    _check(space, positions, rule, opts)
    model = _Model(space, positions, rule, opts)
    model.require_adopted(True)
    strength, _ = model.strength_expr()
    distance = model.distance_expr(space.original())
    crossed = sum(model.crossed)
    w_yes = len(space.slots) + 2
    w_crossed = w_yes * (len(rule.members) + 1)
    w_strength = w_crossed * (len(model.crossed) + 1)
    yes = sum(model.yes.values())
    model.m.maximize(w_strength * strength - w_crossed * crossed + w_yes * yes - distance)
    result, solver = model.solve(time_limit=time_limit)
    if result.choice is None:
        return result
    return dataclasses.replace(result, distance=int(solver.value(distance)))


def closest(
    space: Space,
    positions: Mapping[str, Position],
    rule: Rule,
    reference: Choice,
    *,
    adopted: bool,
    options: SearchOptions | None = None,
    time_limit: float | None = None,
) -> SearchResult:
    """The text with the fewest edits from ``reference`` whose adoption equals ``adopted``.

    Ties go to the stronger text. This answers "what would flip the outcome".
    """
    opts = options or SearchOptions()
    model = _Model(space, positions, rule, opts)
    model.require_adopted(adopted)
    strength, bound = model.strength_expr()
    distance = model.distance_expr(reference)
    model.m.maximize(strength - (2 * bound + 1) * distance)
    result, solver = model.solve(time_limit=time_limit)
    if result.choice is None:
        return result
    return dataclasses.replace(result, distance=int(solver.value(distance)))
