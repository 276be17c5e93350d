"""Exact numbers for indicators, checked in French, and written the French way.

Values are ``Decimal`` from the form to the database (``models.base.ExactDecimal``):
a float would make 0,1 + 0,2 differ from 0,3 in a progress share.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ingenierie.errors import ValidationError
from ingenierie.models.base import ExactDecimal, tidy_decimal
from ingenierie.models.evaluation_vocabulary import ObservedMeasure
from ingenierie.models.vocabulary import CooperationStage

#: Largest magnitude a value may have (the integer column holds ten-thousandths).
LIMIT = Decimal(10) ** 14
_NARROW_SPACE = "\u202f"


def check_decimal(value: Decimal | int | None, field: str, label: str, *,
                  required: bool = True) -> Decimal | None:
    """``value`` as a tidy Decimal, or a :class:`ValidationError` naming ``field``."""
    if value is None:
        if required:
            raise ValidationError(f"{label} est obligatoire.", field=field)
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(f"{label} doit être un nombre (valeur reçue : {value}).",
                              field=field)
    number = Decimal(value)
    if not number.is_finite():
        raise ValidationError(f"{label} n'est pas un nombre fini.", field=field)
    if abs(number) >= LIMIT:
        raise ValidationError(f"{label} est hors des limites ({french_number(number)}).",
                              field=field)
    if number.as_tuple().exponent < -ExactDecimal.SCALE:  # type: ignore[operator]
        raise ValidationError(
            f"{label} a trop de décimales ({french_number(number)}) : "
            f"{ExactDecimal.SCALE} au plus.", field=field)
    return tidy_decimal(number)


def check_computation(computation: ObservedMeasure | None, parameter: str | None, field: str,
                      *, parameter_required: bool) -> str | None:
    """The stage code an observed measure is about, when it needs one; refused otherwise.

    A library definition may leave the stage open (it is chosen with the indicator);
    an indicator may not (``parameter_required``).
    """
    text = (parameter or "").strip()
    if computation is None or not computation.needs_stage:
        if text:
            raise ValidationError(
                "Seuls les indicateurs observés portant sur une étape ou un niveau de "
                "participation prennent un paramètre.", field=field)
        return None
    if not text:
        if parameter_required:
            raise ValidationError(
                f"« {computation.label} » : choisissez le niveau ou l'étape de coopération "
                "concerné.", field=field)
        return None
    stage = CooperationStage.parse(text)
    if stage is None:
        expected = ", ".join(s.label for s in CooperationStage)
        raise ValidationError(f"Niveau de coopération inconnu : « {text} » (attendu : "
                              f"{expected}).", field=field)
    return stage.value


def french_number(value: Decimal | int) -> str:
    """``Decimal("1234.5")`` → ``1 234,5`` (narrow no-break space between thousands)."""
    number = tidy_decimal(Decimal(value))
    sign = "-" if number < 0 else ""
    whole, _, decimals = f"{abs(number):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", _NARROW_SPACE)
    return f"{sign}{grouped}" + (f",{decimals}" if decimals else "")


def percent(share: Decimal) -> str:
    """A share (0.7) as French text: ``70 %``; one decimal when it is not whole."""
    value = (share * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{french_number(value)}{_NARROW_SPACE}%"
