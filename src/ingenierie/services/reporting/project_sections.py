"""A project's sections: summary, stakeholders and grid, distributions, trajectory,
exchanges of the period, funding. Each prints « aucune donnée » when it has nothing.

Shared by the project report and by each project's part of the portfolio report
(where headings sit one level down).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.charts.bars import Series, bar_chart
from ingenierie.services.charts.palette import BAR, stage_colour
from ingenierie.services.charts.scales import number_label
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.bars import horizontal_bars
from ingenierie.services.reporting.charts.grid import GridEntry, power_interest_grid
from ingenierie.services.reporting.charts.timeline import stage_timeline
from ingenierie.services.reporting.evaluation_section import evaluation_section
from ingenierie.services.reporting.flowables import (
    StageTag,
    column_widths,
    data_table,
    empty,
    fact_box,
    key_figures,
    marked_cell,
    section,
    side_by_side,
    subheading,
)
from ingenierie.services.reporting.gathering import ProjectData
from ingenierie.services.reporting.text import (
    NOTHING,
    amount,
    day,
    escaped,
    labelled,
    para,
    plural,
    whole_euros,
)


def stage_tag(stage: CooperationStage | None, width: float) -> StageTag | str:
    """A stage's dot and label for a table cell (``Aucune étape`` when there is none)."""
    if stage is None:
        return "Aucune étape"
    return StageTag(stage.label, stage_colour(stage), width)


def project_sections(data: ProjectData, key: str, level: int = 0) -> list[Flowable]:
    """The sections of one project, bookmarked under ``key``."""
    story: list[Flowable] = []
    for part in (summary, stakeholders, distributions, trajectory, exchanges, funding):
        story += part(data, key, level)
    story += evaluation_section(data, key, level)
    return story


def summary_figures(data: ProjectData) -> Flowable:
    dossier = data.dossier
    return key_figures([
        (str(len(dossier.involvements)), "acteurs impliqués"),
        (str(len(data.exchanges)), "échanges sur la période"),
        (whole_euros(dossier.funding_totals.granted_cents), "de financements accordés"),
        (str(len(dossier.stage_history)), "étapes de coopération enregistrées"),
    ])


def summary(data: ProjectData, key: str, level: int) -> list[Flowable]:
    project, totals = data.dossier.project, data.dossier.funding_totals
    styles = style.styles()
    territories = ", ".join(f"{t.name} ({t.role.label.lower()})" for t in project.territories)
    funds = [label for label, ticked in (
        ("public", project.funds_public), ("marchand", project.funds_market),
        ("non marchand", project.funds_non_market), ("bénévole", project.funds_volunteer))
        if ticked]
    model = (", ".join(funds) + (" (hybride)" if project.is_hybrid else "")) if funds else None
    since = f", depuis le {day(project.stage_since)}" if project.stage_since else ""
    facts = [
        ("Dispositif", escaped(project.scheme.label)),
        ("Phase", escaped(project.phase.label)),
        ("Statut", escaped(project.status.label)),
        ("Étape de coopération", escaped((project.stage.label if project.stage else
                                          "aucune étape") + since)),
        ("Dates", f"{day(project.start_on)} → {day(project.end_on)}"),
        ("Porteur", escaped(project.lead_name) or NOTHING),
        ("Budget", escaped(amount(project.budget_cents))),
        ("Financements", escaped(f"demandés {amount(totals.requested_cents)} · accordés "
                                 f"{amount(totals.granted_cents)} · versés "
                                 f"{amount(totals.paid_cents)}")),
        ("Territoires", escaped(territories) or NOTHING),
        ("Thématiques", escaped(", ".join(t.name for t in project.themes)) or NOTHING),
        ("Modèle économique", escaped(model) or NOTHING),
        ("Période du rapport", escaped(data.period.describe())),
    ]
    story = [*section("Synthèse", f"{key}-synthese", level), summary_figures(data),
             Spacer(0, style.GAP), fact_box(facts)]
    if project.summary:
        story += [Spacer(0, style.GAP), Paragraph("Résumé", styles.label),
                  para(project.summary, styles.body)]
    commons = [(label, value) for label, value in (
        ("Ressource", project.commons_resource), ("Communauté", project.commons_community),
        ("Règles", project.commons_rules)) if value]
    if commons:
        story += subheading("Les communs du projet")
        story += [Paragraph(labelled(label, value), styles.body) for label, value in commons]
    return story


def stakeholders(data: ProjectData, key: str, level: int) -> list[Flowable]:
    rows = data.dossier.involvements
    story = section("Acteurs et grille pouvoir / intérêt", f"{key}-acteurs", level)
    if not rows:
        return [*story, empty("Aucun acteur impliqué : aucune donnée.")]
    shares = [0.5, 3.6, 1.8, 0.6, 0.6, 1.9, 1.2]
    tag = column_widths(shares)[5] - 8
    table = data_table(
        ["N°", "Acteur", "Rôle", "Infl.", "Int.", "Participation", "Posture"],
        [[str(number), row.stakeholder_name, row.role.label, str(row.influence),
          str(row.interest), stage_tag(row.participation, tag), row.posture.label]
         for number, row in enumerate(rows, start=1)], shares, right=(0, 3, 4))
    grid = power_interest_grid([
        GridEntry(number, row.stakeholder_name, row.influence, row.interest, row.participation)
        for number, row in enumerate(rows, start=1)], style.FRAME_WIDTH)
    return [*story, grid, Spacer(0, style.GAP),
            *subheading(f"Acteurs impliqués ({number_label(len(rows), 0)})"), table]


def distribution_chart(title: str, counts: tuple[tuple[object, int], ...],
                  colours: tuple[str, ...] | None) -> Drawing:
    labels = [getattr(member, "label", str(member)) for member, _ in counts]
    chart = bar_chart(title, labels, [Series("acteurs", BAR, tuple(c for _, c in counts),
                                             tuple(m for m, _ in counts), colours)],
                      unit="acteurs")
    return horizontal_bars(chart, style.FRAME_WIDTH / 2 - 8, label_width=78)


def distributions(data: ProjectData, key: str, level: int) -> list[Flowable]:
    dossier = data.dossier
    story = section("Participation et posture", f"{key}-participation", level)
    if not dossier.involvements:
        return [*story, empty("Aucun acteur impliqué : aucune donnée.")]
    participation = distribution_chart("Niveau de participation", dossier.participation_counts,
                                  tuple(stage_colour(s) for s in CooperationStage))
    posture = distribution_chart("Posture du développeur", dossier.posture_counts, None)
    return [*story, side_by_side(participation, posture)]


def trajectory(data: ProjectData, key: str, level: int) -> list[Flowable]:
    history = data.dossier.stage_history
    story = section("Trajectoire de coopération", f"{key}-trajectoire", level)
    chart = stage_timeline([(row.stage, row.entered_on) for row in history], data.period.on,
                           style.FRAME_WIDTH)
    if not history:
        return [*story, chart]
    shares = [1.0, 1.7, 5.0, 1.5]
    tag = column_widths(shares)[1] - 8
    table = data_table(
        ["Date", "Étape", "Preuve", "Enregistrée par"],
        [[day(row.entered_on), stage_tag(row.stage, tag), row.evidence,
          row.recorded_by] for row in reversed(history)], shares)
    return [*story, chart, Spacer(0, style.GAP), table]


def exchanges(data: ProjectData, key: str, level: int) -> list[Flowable]:
    styles = style.styles()
    story = section("Échanges de la période", f"{key}-echanges", level)
    if not data.exchanges:
        return [*story, empty(f"Aucun échange {data.period.describe()} : aucune donnée.")]
    story.append(Paragraph(escaped(
        f"{plural(len(data.exchanges), 'échange', 'échanges')} {data.period.describe()}, "
        "du plus récent au plus ancien."), styles.muted))
    for row in data.exchanges:
        present = [p.display_name for p in row.participants if p.presence.value == "present"]
        lines: list[Flowable] = [Paragraph(
            f"<b>{day(row.occurred_on)} · {escaped(row.kind.label)}</b> — {escaped(row.title)}"
            + (f" <font color='#5f6b78'>({escaped(row.place)})</font>" if row.place else ""),
            styles.body)]
        if present:
            lines.append(Paragraph(labelled("Présents", ", ".join(present)), styles.small))
        for label, value in (("Décisions", row.decisions), ("Suites à donner", row.next_steps)):
            if value:
                lines.append(Paragraph(labelled(label, value), styles.body))
        if len(lines) == 1:
            lines.append(Paragraph("Ni décision ni suite enregistrée.", styles.small))
        story += [Spacer(0, 3), KeepTogether(lines[:2]), *lines[2:]]
    return story


def funding(data: ProjectData, key: str, level: int) -> list[Flowable]:
    rows, totals = data.dossier.fundings, data.dossier.funding_totals
    story = section("Financements", f"{key}-financements", level)
    if not rows:
        return [*story, empty("Aucun financement enregistré : aucune donnée.")]
    body: list[list[object]] = [
        [row.funder_name, row.programme, row.instrument.label, row.status.label,
         amount(row.requested_cents), amount(row.granted_cents), amount(row.paid_cents)]
        for row in rows]
    body.append([marked_cell("<b>Total</b>"), "", "", "", amount(totals.requested_cents),
                 amount(totals.granted_cents), amount(totals.paid_cents)])
    table = data_table(["Financeur", "Programme", "Instrument", "Statut", "Demandé", "Accordé",
                        "Versé"], body, [2.4, 1.8, 1.4, 1.1, 1.4, 1.4, 1.4], right=(4, 5, 6),
                       total=True)
    return [*story, table]
