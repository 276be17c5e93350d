"""Official-looking identifiers that our own validators accept: SIREN, SIRET, RNA, phones,
postal codes.

The Luhn key is computed directly (trying ten digits against
:func:`services.validation.luhn_valid` was a tenth of the demo's time); the
tests check every generated number with the validators users' input goes through.
"""

from __future__ import annotations

from functools import cache

from ingenierie.services.demo.randomness import DemoRandom
from ingenierie.services.demo.vocab_places import (
    CORSICAN,
    OVERSEAS,
    OVERSEAS_MOBILE,
    OVERSEAS_PHONE,
)


def with_luhn_key(prefix: str) -> str:
    """``prefix`` followed by the one digit that makes the whole number Luhn-valid."""
    total = 0
    for position, char in enumerate(reversed(prefix)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return prefix + str(-total % 10)


class SirenIssuer:
    """Hands out SIREN numbers never given twice in one demo."""

    def __init__(self, rng: DemoRandom) -> None:
        self._rng = rng
        self._issued: set[str] = set()

    def issue(self, prefix: str = "") -> str:
        """A fresh SIREN; public bodies pass their prefix (EPCI: ``24`` + département, ``200``)."""
        while True:
            width = 8 - len(prefix)
            digits = f"{self._rng.randrange(10 ** width):0{width}d}"
            if not prefix and digits[0] in "012":  # 1 and 2 are the State's and local bodies'
                continue
            siren = with_luhn_key(prefix + digits)
            if siren not in self._issued:
                self._issued.add(siren)
                return siren

    def siret(self, siren: str) -> str:
        """The head office: SIREN + a four-digit establishment number + its key."""
        return with_luhn_key(f"{siren}{self._rng.randint(1, 40):04d}")


def rna(rng: DemoRandom, department: str) -> str:
    """An association's RNA number: W, the prefecture's three digits, six digits."""
    prefecture = department.replace("2A", "20").replace("2B", "20")[:2]
    return f"W{prefecture}{rng.randrange(10)}{rng.randrange(1_000_000):06d}"


@cache
def postal_code(commune: str) -> str:
    """The postal code of a demo commune, from its INSEE code: the département's digits
    (20 in Corsica), then a number ending in 0 like most offices' (35123 → 35230)."""
    if commune[:3] in OVERSEAS:
        return f"{commune[:3]}{int(commune[3:]) % 10 * 10:02d}"
    head = "20" if commune[:2] in CORSICAN else commune[:2]
    return f"{head}{int(commune[2:]) * 10 % 1000:03d}"


def phone(rng: DemoRandom, department: str, mobile: bool) -> str:
    """A French number written in pairs, with the area prefix of the département."""
    if department in OVERSEAS_PHONE:
        head = (OVERSEAS_MOBILE if mobile else OVERSEAS_PHONE)[department]
        rest = 6
    elif mobile:
        head = rng.choice(("06", "07"))
        rest = 8
    else:
        head = "0" + _mainland_area(department)
        rest = 8
    digits = f"{head}{rng.randrange(10 ** rest):0{rest}d}"
    return " ".join(digits[i:i + 2] for i in range(0, 10, 2))


def _mainland_area(department: str) -> str:
    """01 Île-de-France, 02 north-west, 03 north-east, 04 south-east, 05 south-west."""
    if department in {"75", "77", "78", "91", "92", "93", "94", "95"}:
        return "1"
    if department in {"2A", "2B"}:
        return "4"
    number = int(department)
    if number in {14, 18, 22, 27, 28, 29, 35, 36, 37, 41, 44, 45, 49, 50, 53, 56, 61, 72,
                  76, 85}:
        return "2"
    if number in {2, 8, 10, 21, 25, 39, 51, 52, 54, 55, 57, 58, 59, 60, 62, 67, 68, 70,
                  71, 80, 88, 89, 90}:
        return "3"
    if number in {1, 3, 4, 5, 6, 7, 11, 13, 15, 26, 30, 34, 38, 42, 43, 48, 63, 66, 69,
                  73, 74, 83, 84}:
        return "4"
    return "5"
