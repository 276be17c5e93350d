"""A project's evaluation on paper: the latest campaign's criteria scores, the maturity
radar, what was declared beside what the records show, the indicators against their
targets and the recommendations still open — or « aucune donnée »."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ingenierie.models.vocabulary import CooperationStage, Posture
from ingenierie.services.charts.palette import progress_colour
from ingenierie.services.evaluation.declared import DeclaredObserved
from ingenierie.services.evaluation.indicators import IndicatorRow
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.progress import progress_bar, score_scale
from ingenierie.services.reporting.charts.radar import maturity_radar
from ingenierie.services.reporting.flowables import (
    data_table,
    empty,
    marked_cell,
    section,
    subheading,
)
from ingenierie.services.reporting.gathering import EvaluationPart, ProjectData
from ingenierie.services.reporting.text import (
    NOTHING,
    day,
    escaped,
    labelled,
    number,
    para,
    percent,
    plural,
)


def evaluation_section(data: ProjectData, key: str, level: int) -> list[Flowable]:
    part = data.evaluation
    story = section("Évaluation", f"{key}-evaluation", level)
    if part.campaign is None and not part.indicators:
        return [*story, empty("Aucune campagne d'évaluation ni aucun indicateur : aucune "
                              "donnée.")]
    story += _campaign(part)
    story += _indicators(part.indicators, data.period.on)
    story += _recommendations(part)
    return story


def _campaign(part: EvaluationPart) -> list[Flowable]:
    styles = style.styles()
    campaign, declared = part.campaign, part.declared
    if campaign is None or declared is None:
        return [Paragraph("Aucune campagne d'évaluation enregistrée : aucune donnée.",
                          styles.empty)]
    participants = ", ".join(f"{p.display_name} ({p.role.label.lower()})"
                             for p in campaign.participants)
    story: list[Flowable] = [
        Paragraph(f"<b>Dernière campagne : {escaped(campaign.label)}</b> — "
                  f"{escaped(campaign.kind.label)} ; "
                  f"{escaped(plural(part.campaigns, 'campagne', 'campagnes'))} en tout.",
                  styles.body),
        Paragraph(labelled("Participants", participants or None), styles.small),
        Spacer(0, 3)]
    if campaign.narrative:
        story.append(para(campaign.narrative, styles.body))
    story += subheading("Critères d'évaluation")
    rows = [[row.criterion.label, score_scale(row.score), row.justification]
            for row in declared.scores]
    story.append(data_table(["Critère", "Note (0 à 4)", "Justification"], rows,
                            [1.6, 1.5, 5.4]))
    story += subheading("Maturité coopérative")
    if part.radar is None:
        story.append(empty("Grille de maturité non renseignée pour cette campagne : aucune "
                           "donnée."))
    else:
        story.append(KeepTogether([maturity_radar(part.radar, style.FRAME_WIDTH)]))
    story += _declared(declared)
    return story


def _main_posture(declared: DeclaredObserved) -> str:
    posture = declared.observed.posture
    if not sum(count for _, count in posture):
        return NOTHING
    best, count = max(posture, key=lambda pair: pair[1])
    return f"{best.label} ({plural(count, 'implication', 'implications')})"


def _declared(declared: DeclaredObserved) -> list[Flowable]:
    styles = style.styles()
    observed, campaign = declared.observed, declared.campaign

    def stage(value: CooperationStage | None) -> str:
        return value.label if value else NOTHING

    def posture(value: Posture | None) -> str:
        return value.label if value else NOTHING

    rows = [
        ["Étape de coopération", stage(campaign.declared_stage),
         stage(observed.stage) + (f" (depuis le {day(observed.stage_since)})"
                                  if observed.stage_since else "")],
        ["Posture du développeur", posture(campaign.declared_posture), _main_posture(declared)],
        ["Acteurs impliqués", NOTHING, str(observed.involved)],
        ["Échanges sur la période", NOTHING, str(observed.exchange_count)],
        ["Acteurs venus à un échange", NOTHING, percent(observed.attendance_share)],
    ]
    story = [*subheading(f"Déclaré et observé au {day(campaign.evaluated_on)}"),
             data_table(["", "Déclaré par la campagne", "Observé dans les fiches"], rows,
                        [2.2, 2.4, 3.4])]
    if declared.findings:
        story.append(Spacer(0, 3))
        story.append(Paragraph("<b>Questions à poser aux partenaires</b>", styles.body))
        story += [Paragraph("• " + escaped(finding.message), styles.body)
                  for finding in declared.findings]
    return story


def _value(value: Decimal | None, unit: str, on: date | None) -> str:
    if value is None:
        return NOTHING
    when = f" le {day(on)}" if on is not None else ""
    return f"{number(value)} {unit}{when}"


def _status(row: IndicatorRow) -> Paragraph:
    colour = progress_colour(row.progress.status)
    return Paragraph(f'<font color="{colour}"><b>{escaped(row.progress.status.label)}</b></font>',
                     style.styles().cell)


def _indicators(indicators: tuple[IndicatorRow, ...], on: date) -> list[Flowable]:
    story = subheading(f"Indicateurs au {day(on)}")
    if not indicators:
        return [*story, empty("Aucun indicateur suivi : aucune donnée.")]
    rows = [[marked_cell(f"{escaped(row.title)}<br/><font size='6.5' color='#5f6b78'>"
                         f"{escaped(row.level.label)} · {escaped(row.direction.label)}"
                         f"{' · observé' if row.observed else ''}</font>"),
             _value(row.baseline_value, row.unit, row.baseline_on),
             _value(row.target_value, row.unit, row.target_on),
             _value(row.progress.value, row.unit, row.progress.measured_on),
             progress_bar(row.progress, 46), _status(row)] for row in indicators]
    return [*story, data_table(["Indicateur", "Base", "Cible", "Dernière valeur", "Avancement",
                                "État"], rows, [2.5, 1.4, 1.4, 1.5, 1.05, 1.1])]


def _recommendations(part: EvaluationPart) -> list[Flowable]:
    story = subheading("Recommandations ouvertes")
    if part.campaign is None:
        return []
    if not part.open_recommendations:
        return [*story, empty("Aucune recommandation ouverte : aucune donnée.")]
    on = part.campaign.evaluated_on
    rows = []
    for row in part.open_recommendations:
        written = day(row.due_on)
        due: str | Paragraph = written
        if row.overdue(on):
            due = marked_cell(f'<font color="#D55E00"><b>{escaped(written)}</b></font> '
                              "(dépassée)")
        rows.append([row.text, row.owner_name, due, row.status.label,
                     f"{row.made_by.label} du {day(row.made_on)}"])
    return [*story, data_table(["Recommandation", "Porteur", "Échéance", "Statut", "Faite par"],
                               rows, [3.8, 1.6, 1.2, 0.9, 1.5])]
