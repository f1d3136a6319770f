"""Voting power: weighted and composed games, and exact power indices.

>>> from datetime import date
>>> p = power_indices(council_game(date(2006, 10, 14)))
>>> str(p[0].shapley_shubik), str(p[-1].shapley_shubik)
('421/2145', '4/2145')
"""

from unsc.council.power.games import (
    CompositeGame,
    Game,
    WeightedGame,
    council_game,
    eu_council_game,
    game_from_dict,
)
from unsc.council.power.indices import (
    ALL_INDICES,
    PlayerPower,
    banzhaf,
    engine_for,
    power_indices,
    shapley_shubik,
)

__all__ = [
    "ALL_INDICES",
    "CompositeGame",
    "Game",
    "PlayerPower",
    "WeightedGame",
    "banzhaf",
    "council_game",
    "engine_for",
    "eu_council_game",
    "game_from_dict",
    "power_indices",
    "shapley_shubik",
]
