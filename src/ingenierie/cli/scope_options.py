"""The options ``report`` and ``export`` share: which projects, which period, which file.

``--project`` names one project by code or title; ``--territory``, ``--scheme``,
``--phase`` and ``--stage`` narrow the projects as the projects list's filters do;
``--from`` and ``--to`` bound the period (``2025-01-31`` or ``31/01/2025``).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from ingenierie.errors import UserError
from ingenierie.models.vocabulary import CooperationStage, ProjectPhase, Scheme
from ingenierie.services.common import to_optional_vocabulary
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.services.projects.selection import Scope, find_project, find_territory
from ingenierie.services.reporting.gathering import Period
from ingenierie.storage import Database

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


def add_scope_options(command: Any) -> None:
    command.add_argument("--project", metavar="CODE",
                         help="un seul projet, par son code (ou son titre)")
    command.add_argument("--territory", metavar="TERRITOIRE",
                         help="les projets de ce territoire (code INSEE, SIREN, QPV ou nom)")
    command.add_argument("--scheme", metavar="DISPOSITIF",
                         help="les projets de ce dispositif (« PTCE », « Contrat de ville »…)")
    command.add_argument("--phase", metavar="PHASE", help="les projets de cette phase")
    command.add_argument("--stage", metavar="ÉTAPE",
                         help="les projets à cette étape de coopération")
    command.add_argument("--from", dest="since", type=_date, metavar="DATE",
                         help="début de la période (AAAA-MM-JJ ou JJ/MM/AAAA)")
    command.add_argument("--to", dest="until", type=_date, metavar="DATE",
                         help="fin de la période (par défaut : aujourd'hui)")
    command.add_argument("--force", action="store_true",
                         help="remplacer le fichier s'il existe déjà")


def _date(text: str) -> date:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"date invalide : « {text} » (écrivez 2025-01-31 ou 31/01/2025)")


def period_of(args: argparse.Namespace) -> Period:
    if args.since and args.until and args.since > args.until:
        raise UserError(f"La période est à l'envers : le {args.since:%d/%m/%Y} vient après "
                        f"le {args.until:%d/%m/%Y}.")
    return Period(args.since, args.until)


def scope_of(db: Database, args: argparse.Namespace) -> Scope:
    """The projects the options name (French errors for unknown or ambiguous names)."""
    if args.project:
        return Scope(project_id=find_project(db, args.project))
    return Scope(ProjectFilter(
        scheme=to_optional_vocabulary(Scheme, args.scheme, "scheme", "Dispositif"),
        phase=to_optional_vocabulary(ProjectPhase, args.phase, "phase", "Phase"),
        stage=to_optional_vocabulary(CooperationStage, args.stage, "stage",
                                     "Étape de coopération"),
        territory_id=find_territory(db, args.territory) if args.territory else None))
