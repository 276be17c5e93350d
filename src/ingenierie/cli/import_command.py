"""``ingenierie import`` (spreadsheets and CSV files) and ``ingenierie template``.

``import`` prints the same French report as the desktop wizard and exits 0
when the data was imported (or, with ``--dry-run``, would be), 1 when the
import is refused (invalid rows, no data; nothing written), 2 when the file
cannot be read or the arguments are wrong. Neither command replaces an existing
file without ``--force``, nor ever the database or the file being imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingenierie.cli.progress import ProgressLine
from ingenierie.config import resolve_database_location
from ingenierie.errors import Location, UserError
from ingenierie.services.importing.mapping.fields import GUESSED_KINDS
from ingenierie.services.importing.mapping.headers import ColumnMapping
from ingenierie.services.importing.mapping.workbook import proposed_mapping
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.services.importing.template import write_template
from ingenierie.services.opening import open_for_use
from ingenierie.services.output_files import ExistingFileError, database_files, write_file

EXIT_REFUSED = 1
_KINDS = {kind.value: kind for kind in GUESSED_KINDS}


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import",
        description="Importe des acteurs, projets, implications, échanges, financements, "
                    "listes officielles de territoires, définitions d'indicateurs ou un "
                    "plan d'action (Territoires en Transitions). Tout ou rien : en cas "
                    "d'erreur, rien n'est enregistré.")
    command.add_argument("file", type=Path, metavar="FICHIER")
    command.add_argument("--sheet", metavar="FEUILLE", help="la feuille à importer "
                         "(par défaut : toutes les feuilles reconnues)")
    command.add_argument("--header-row", type=int, metavar="N",
                         help="numéro de la ligne d'en-tête (par défaut : trouvée seule)")
    command.add_argument("--type", choices=sorted(_KINDS), dest="kind",
                         help="type des données (par défaut : déduit des en-têtes)")
    command.add_argument("--mapping", type=Path, metavar="FICHIER",
                         help="correspondance des colonnes enregistrée (JSON)")
    command.add_argument("--save-mapping", type=Path, metavar="FICHIER",
                         help="écrire la correspondance des colonnes proposée (JSON) sans rien "
                              "importer : corrigez-la, puis importez avec --mapping")
    command.add_argument("--dry-run", action="store_true",
                         help="simuler : afficher ce qui serait fait sans rien enregistrer")
    command.add_argument("--skip-invalid", action="store_true",
                         help="importer les lignes valides et écarter les autres")
    command.add_argument("--rejects", type=Path, metavar="FICHIER",
                         help="écrire les lignes écartées dans ce classeur (.xlsx)")
    command.add_argument("--force", action="store_true",
                         help="remplacer le fichier des rejets (ou la correspondance "
                              "enregistrée) s'il existe déjà")
    command.add_argument("--keep-existing", action="store_false", dest="update_existing",
                         help="laisser telles quelles les fiches déjà présentes (par défaut : "
                              "les mettre à jour avec les cellules non vides du fichier)")
    command.add_argument("--merge-repeated", action="store_true",
                         help="fusionner les lignes qui répètent une même personne ou "
                              "organisation (valeurs non vides réunies ; en cas de désaccord, "
                              "la première ligne l'emporte et le conflit est listé)")
    command.add_argument("--skip-hidden", action="store_true",
                         help="écarter les lignes masquées du classeur (à la main ou par un "
                              "filtre) ; par défaut elles sont importées et signalées")
    command.add_argument("--plan", metavar="NOM", dest="plan_name",
                         help="plan d'action (modèle Territoires en Transitions) : son nom "
                              "(par défaut : le nom du fichier) ; un plan de ce nom est complété")
    command.add_argument("--plan-code", metavar="CODE",
                         help="plan d'action : son code (par défaut : tiré de son nom) ; un "
                              "plan de ce code est complété")
    command.set_defaults(run=run_import_command)
    template = subparsers.add_parser("template", aliases=["export-template"])
    template.add_argument("destination", type=Path, metavar="FICHIER")
    template.add_argument("--force", action="store_true",
                          help="remplacer le fichier s'il existe déjà")
    template.set_defaults(run=run_template)


def _mapping(path: Path | None) -> ColumnMapping | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"Impossible de lire la correspondance des colonnes « {path} ».") \
            from error
    try:
        return ColumnMapping.from_json(text)
    except UserError as error:
        raise UserError(error.message, location=Location(file=path.name)) from error


@contextmanager
def forcing_hint() -> Iterator[None]:
    """An existing file not replaced: say which option replaces it."""
    try:
        yield
    except ExistingFileError as error:
        raise ExistingFileError(f"{error.message} Pour le remplacer : --force.") from error


def run_import_command(args: argparse.Namespace) -> int:
    if args.header_row is not None and args.header_row < 1:
        raise UserError("--header-row attend un numéro de ligne (1 ou plus).")
    options = ImportOptions(
        sheet=args.sheet, header_row=args.header_row,
        kind=_KINDS[args.kind] if args.kind else None, mapping=_mapping(args.mapping),
        skip_invalid=args.skip_invalid, rejects_path=args.rejects, replace_rejects=args.force,
        update_existing=args.update_existing, skip_hidden=args.skip_hidden,
        merge_repeated=args.merge_repeated,
        plan_name=args.plan_name,
        plan_code=args.plan_code)
    if args.save_mapping is not None:
        return _save_mapping(args, options)
    line = ProgressLine(sys.stderr)

    def progress(step: str, done: int, _total: int | None) -> None:
        line.show(f"{step} : {done} ligne(s)…" if done else f"{step}…", step)

    # Every page is checked first (0.3–0.6 s on a 300 MB database in the disk cache): an
    # import writes much, and never into a damaged file.
    with open_for_use(resolve_database_location(args.db), create=False, verify=True) as db, \
            forcing_hint():
        act = plan_import if args.dry_run else run_import
        try:
            report = act(db, args.file, options, progress)
        finally:
            line.close()
    for text in report.lines():
        print(text)
    if report.outcome is Outcome.IMPORTED:
        return 0
    if report.outcome is Outcome.PLANNED and report.refusal is None:
        return 0
    return EXIT_REFUSED


def _save_mapping(args: argparse.Namespace, options: ImportOptions) -> int:
    mapping = proposed_mapping(args.file, options.choice)
    text = mapping.to_json()
    with forcing_hint():
        path = write_file(args.save_mapping,
                          lambda temporary: temporary.write_text(text, encoding="utf-8"),
                          replace=args.force,
                          protected=database_files(resolve_database_location(args.db))
                          | {args.file: "le fichier importé"})
    print(f"Correspondance des colonnes proposée écrite dans {path} "
          f"({mapping.kind.label.lower()}) : vérifiez-la ou corrigez-la (« champ » : null pour "
          f"ignorer une colonne), puis importez avec --mapping {path}")
    return 0


def run_template(args: argparse.Namespace) -> int:
    with forcing_hint():
        path = write_template(args.destination, replace=args.force,
                              protected=database_files(resolve_database_location(args.db)))
    print(f"Modèle d'import écrit : {path}")
    return 0
