"""The outcome of parsing one cell: a value, or a French error, plus an optional warning."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ParseResult(Generic[T]):
    """``value`` is None for an empty cell or when ``error`` is set.

    Messages are French and quote the raw value; the pipeline adds the
    location (file, sheet, row, column).
    """

    value: T | None = None
    error: str | None = None
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def empty(self) -> bool:
        return self.error is None and self.value is None

    @classmethod
    def of(cls, value: T, warning: str | None = None) -> ParseResult[T]:
        return cls(value=value, warning=warning)

    @classmethod
    def fail(cls, message: str) -> ParseResult[T]:
        return cls(error=message)
