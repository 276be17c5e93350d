"""What an import found and did, as plain data and as the French text users read.

The same :class:`ImportReport` comes back from a dry run and from a real
import; the CLI prints :meth:`ImportReport.lines` and the desktop wizard shows
the same items in its tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.reading.table import Severity, SkippedRow
from ingenierie.storage.changes import NOTHING, ChangeSet

#: How many problems the text report lists before summarising the rest.
MAX_LISTED_PROBLEMS = 200


class Outcome(StrEnum):
    """How the import ended; ``label`` is French."""

    label: str

    def __new__(cls, code: str, label: str) -> Outcome:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    PLANNED = "planned", "Simulation : rien n'a été enregistré."
    IMPORTED = "imported", "Import terminé : les données ont été enregistrées."
    REFUSED = "refused", "Import refusé : rien n'a été enregistré."
    CANCELLED = "cancelled", "Import annulé : rien n'a été enregistré."


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth a warning) in the file, located to the cell.

    ``message`` is French and says what was found and what was expected;
    ``value`` is the raw cell as text (``None`` for a whole-row or file problem).
    """

    severity: Severity
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None  # the header as written in the file
    letter: str | None = None  # its Excel column letter
    value: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def where(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"feuille « {self.sheet} »")
        if self.row is not None:
            parts.append(f"ligne {self.row}")
        if self.column:
            letter = f" ({self.letter})" if self.letter else ""
            parts.append(f"colonne « {self.column} »{letter}")
        return ", ".join(parts)

    def describe(self) -> str:
        """``erreur — feuille « X », ligne 4, colonne « Nom » (B) : message``."""
        tag = "erreur" if self.is_error else "avertissement"
        where = self.where()
        found = ""
        if self.value is not None and f"« {self.value} »" not in self.message:
            found = f" (valeur trouvée : « {self.value} »)"
        return f"{tag} — {where} : {self.message}{found}" if where else \
            f"{tag} — {self.message}{found}"


@dataclass(slots=True)
class Counts:
    """What happened (or would happen) to the records of one kind."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    merged: int = 0  # rows merged into an earlier row describing the same record

    def describe(self) -> str:
        merged = f", {self.merged} fusionnée(s) avec une autre ligne" if self.merged else ""
        return (f"{self.new} nouveau(x), {self.updated} mis à jour, "
                f"{self.unchanged} inchangé(s), {self.rejected} rejeté(s){merged}")


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Rows of the file that describe the same record (or may: ``certain`` is False).

    They are shown to the user and never merged silently: every row after the
    first of a certain group is rejected as a duplicate.
    """

    kind: RecordKind
    sheet: str | None
    rows: tuple[int, ...]
    label: str  # the record as the first row names it
    reason: str  # French: "même courriel", "même nom et même organisme"…
    certain: bool = True


def row_runs(rows: list[int]) -> str:
    """Row numbers as runs: [5, 6, 7, 9] → « 5 à 7, 9 »."""
    runs: list[list[int]] = []
    for row in sorted(rows):
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    return ", ".join(f"{first} à {last}" if last > first else str(first)
                     for first, last in runs)


@dataclass(frozen=True, slots=True)
class Conflict:
    """One field to which rows merged into one give different values, side by side."""

    key: str  # the field
    label: str
    values: tuple[tuple[int, str], ...]  # (row, value as the file shows it)
    chosen: int  # the row whose value is kept (the first, unless the user chose another)

    def describe(self) -> str:
        shown = " / ".join(f"« {value} » (ligne {row})" for row, value in self.values)
        kept = next(value for row, value in self.values if row == self.chosen)
        return f"{self.label} : {shown} → « {kept} »"


@dataclass(frozen=True, slots=True)
class MergeGroup:
    """Rows of the file repeating one record, merged into its first row: the non-empty
    values combined (``filled``: fields the first row lacked; organisations and notes are
    added up), each conflict settled as ``chosen`` says."""

    kind: RecordKind
    sheet: str | None
    rows: tuple[int, ...]
    label: str
    reason: str
    filled: tuple[str, ...]
    conflicts: tuple[Conflict, ...]

    def lines(self) -> Iterator[str]:
        where = f"feuille « {self.sheet} », " if self.sheet else ""
        rows = ", ".join(map(str, self.rows))
        yield (f"Lignes fusionnées ({self.reason}) : « {self.label} », {where}lignes {rows}"
               + (f" ; complété : {', '.join(self.filled)}" if self.filled else ""))
        yield from (f"  conflit — {conflict.describe()}" for conflict in self.conflicts)


@dataclass(slots=True)
class SheetReport:
    """One sheet read: where its header was, how its columns were understood."""

    sheet: str | None
    kind: RecordKind
    header_row: int
    data_rows: int = 0
    columns: list[tuple[str, str | None]] = field(default_factory=list)  # header, field label
    skipped: list[SkippedRow] = field(default_factory=list)
    hidden: list[int] = field(default_factory=list)  # rows hidden in the workbook, imported
    filtered: bool = False  # the sheet has a filter: its hidden rows are filtered out

    def hidden_text(self) -> str | None:
        """The hidden rows read, in French, when there are some."""
        if not self.hidden:
            return None
        how = "par un filtre" if self.filtered else "dans le classeur"
        return (f"{len(self.hidden)} ligne(s) masquée(s) {how} lue(s) comme les autres : "
                f"lignes {row_runs(self.hidden)}")


@dataclass(slots=True)
class ImportReport:
    """Everything the user needs to decide, or to know what was done."""

    file: str
    outcome: Outcome = Outcome.PLANNED
    sheets: list[SheetReport] = field(default_factory=list)
    counts: dict[RecordKind, Counts] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[DuplicateGroup] = field(default_factory=list)
    merges: list[MergeGroup] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    refusal: str | None = None
    rejects_file: str | None = None
    backup_file: str | None = None  # the database as it was, when stored records changed
    changes: ChangeSet = NOTHING  # what the import wrote (kinds, "any record"), once imported
    skip_invalid: bool = False
    update_existing: bool = True
    skip_hidden: bool = False
    merge_repeated: bool = False

    def counts_for(self, kind: RecordKind) -> Counts:
        return self.counts.setdefault(kind, Counts())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def rejected_rows(self) -> int:
        return sum(c.rejected for c in self.counts.values())

    @property
    def updated_rows(self) -> int:
        return sum(c.updated for c in self.counts.values())

    @property
    def data_rows(self) -> int:
        return sum(s.data_rows for s in self.sheets)

    def lines(self) -> Iterator[str]:
        """The report in French, one line at a time, as the CLI prints it."""
        yield f"Fichier : {self.file}"
        for sheet in self.sheets:
            name = f"feuille « {sheet.sheet} »" if sheet.sheet else "fichier CSV"
            yield (f"- {name} : {sheet.kind.label.lower()}, en-tête ligne {sheet.header_row}, "
                   f"{sheet.data_rows} ligne(s) de données")
            ignored = [header for header, label in sheet.columns if label is None]
            if ignored:
                yield "  colonnes ignorées : " + ", ".join(f"« {h} »" for h in ignored)
            hidden = sheet.hidden_text()
            if hidden:
                yield f"  {hidden} (--skip-hidden pour les écarter)"
            for skipped in sheet.skipped:
                text = f" « {skipped.text} »" if skipped.text else ""
                rows = (f"lignes {skipped.number} à {skipped.last} ignorées" if skipped.count > 1
                        else f"ligne {skipped.number} ignorée")
                yield f"  {rows} ({skipped.reason.label}){text}"
        yield from (f"Note : {notice}" for notice in self.notices)
        if not self.update_existing:
            yield ("Fiches déjà présentes laissées telles quelles : seules les nouvelles sont "
                   "ajoutées (comptées « inchangées »).")
        for kind, counts in self.counts.items():
            yield f"{kind.label} : {counts.describe()}"
        for group in self.duplicates:
            rows = ", ".join(str(r) for r in group.rows)
            what = "Doublons" if group.certain else "Doublons possibles"
            where = f"feuille « {group.sheet} », " if group.sheet else ""
            yield f"{what} ({group.reason}) : « {group.label} », {where}lignes {rows}"
        for merge in self.merges:
            yield from merge.lines()
        errors, warnings = self.errors, self.warnings
        if self.problems:
            yield f"Problèmes : {len(errors)} erreur(s), {len(warnings)} avertissement(s)"
        for problem in self.problems[:MAX_LISTED_PROBLEMS]:
            yield "  " + problem.describe()
        if len(self.problems) > MAX_LISTED_PROBLEMS:
            rest = len(self.problems) - MAX_LISTED_PROBLEMS
            yield f"  … et {rest} autre(s) : voir le fichier des rejets."
        if self.rejects_file:
            yield f"Lignes rejetées écrites dans : {self.rejects_file}"
        if self.backup_file:
            yield f"Copie de la base telle qu'elle était avant l'import : {self.backup_file}"
        if self.refusal:
            yield self.refusal
        yield self.outcome.label

    def text(self) -> str:
        return "\n".join(self.lines())
