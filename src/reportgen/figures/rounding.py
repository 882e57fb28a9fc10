"""Whether a stated percentage agrees with the figures it is computed from.

Officials round a ratio to the decimals they write (96.907 % → 96.9 %), or cut it
(96.97 % → 96.9 %), or, rarely, round it up: a stated figure agrees when the ratio lies
within one unit of its last written place. Figures given as ranges (300余件) agree when
any value of the ranges does.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from .quantities import Figure

HUNDRED = Fraction(100)


def ratio(numerator: Figure, denominator: Figure) -> tuple[Fraction, Fraction | None] | None:
    """100 × numerator ÷ denominator as a range; None when the denominator may be 0."""
    if denominator.low <= 0:
        return None
    low = (
        HUNDRED * numerator.low / denominator.high if denominator.high is not None else Fraction(0)
    )
    high = HUNDRED * numerator.high / denominator.low if numerator.high is not None else None
    return low, high


def change(current: Figure, base: Figure) -> tuple[Fraction, Fraction | None] | None:
    """100 × (current − base) ÷ base, as a range."""
    if base.low <= 0:
        return None
    high_base = base.high
    low = (
        HUNDRED * (current.low - high_base) / high_base if high_base is not None else Fraction(-100)
    )
    high = HUNDRED * (current.high - base.low) / base.low if current.high is not None else None
    return low, high


def agrees(stated: Figure, low: Fraction, high: Fraction | None) -> bool:
    """The stated figure could be the range low–high rounded, cut or rounded up."""
    unit = Fraction(1, 10**stated.places)
    top = stated.high + unit if stated.high is not None else None
    bottom = stated.low - unit
    return (top is None or low < top) and (high is None or high > bottom)


def rounded(value: Fraction, places: int) -> str:
    """value rounded half up to `places` decimals, written as a clerk writes it."""
    quantum = Decimal(1).scaleb(-places)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(quantum, rounding=ROUND_HALF_UP))
