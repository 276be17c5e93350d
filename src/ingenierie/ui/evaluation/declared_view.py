"""The declared/observed panel of a campaign: what partners say beside what the records show.

Rich text built from ``DeclaredObserved``: first the findings — the questions an
evaluator should raise, in French as the services word them — then the stage and
posture declared against the records, the exchanges of the period, the useful
effects, and the participation ladder on the campaign's date and the previous one's.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from ingenierie.models.evaluation_vocabulary import ProgressStatus
from ingenierie.models.vocabulary import CooperationStage, Posture
from ingenierie.services.evaluation.declared import DeclaredObserved
from ingenierie.services.evaluation.profile import ObservedProfile
from ingenierie.services.evaluation.values import percent
from ingenierie.ui.charts.stage_colours import stage_dot_html


def _share(profile: ObservedProfile, count: int) -> str:
    share = profile.share(count)
    return "" if share is None else f" ({percent(share)})"


def _e(text: str) -> str:
    return html.escape(text)


class DeclaredView(QTextBrowser):
    """Shows the declared/observed panel of the campaign chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.panel: DeclaredObserved | None = None

    def show_panel(self, panel: DeclaredObserved | None) -> None:
        self.panel = panel
        if panel is None:
            self.setHtml("<p><i>" + _e(self.tr("No campaign chosen.")) + "</i></p>")
        else:
            self.setHtml(self.describe(panel))

    def findings(self) -> list[str]:
        return [f.message for f in self.panel.findings] if self.panel else []

    def describe(self, panel: DeclaredObserved) -> str:
        """The panel as rich text."""
        findings = "".join(f"<li>{_e(f.message)}</li>" for f in panel.findings)
        questions = (f"<ul>{findings}</ul>" if findings else "<p><i>" + _e(self.tr(
            "No difference to question: what is declared matches the records.")) + "</i></p>")
        late = sum(1 for i in panel.indicators if i.progress.status is ProgressStatus.EN_RETARD)
        indicators = self.tr("Late on the campaign date: %1 of %n indicator(s).", "",
                             len(panel.indicators)).replace("%1", str(late))
        heads = (self.tr("Questions to raise with the partners"),
                 self.tr("Declared and observed"), self.tr("Participation ladder"))
        return (f"<h3>{_e(heads[0])}</h3>{questions}"
                f"<h3>{_e(heads[1])}</h3>{self._facts(panel)}<p>{_e(indicators)}</p>"
                f"<h3>{_e(heads[2])}</h3>{self._ladder(panel)}")

    def _facts(self, panel: DeclaredObserved) -> str:
        campaign, observed = panel.campaign, panel.observed
        if observed.stage is not None and observed.stage_since is not None:
            recorded = stage_dot_html(observed.stage) + " " + _e(self.tr("{0} since {1}").format(
                observed.stage.label, f"{observed.stage_since:%d/%m/%Y}"))
        else:
            recorded = _e(self.tr("no stage recorded"))
        not_declared = _e(self.tr("not declared"))
        declared_stage = (stage_dot_html(campaign.declared_stage) + " "
                          + _e(campaign.declared_stage.label) if campaign.declared_stage
                          else not_declared)
        posture = _e(campaign.declared_posture.label) if campaign.declared_posture \
            else not_declared
        attendance = observed.attendance_share
        facts = [
            (self.tr("Cooperation stage"), declared_stage, recorded),
            (self.tr("Officer's posture"), posture, _e(self.tr(
                "facilitator in %1 of %n involvement(s)", "", observed.involved).replace(
                    "%1", str(observed.with_posture(Posture.FACILITATEUR))))),
            (self.tr("Exchanges in the period"), "", _e(self.tr(
                "%n exchange(s); involved stakeholders present at one at least: %1", "",
                observed.exchange_count).replace(
                    "%1", percent(attendance) if attendance is not None else "—"))),
            (self.tr("Useful effects"), "", _e(self.tr(
                "expected for %1, observed for %2, of %n involved", "", observed.involved)
                .replace("%1", str(observed.with_expected_effects))
                .replace("%2", str(observed.with_observed_effects)))),
        ]
        rows = "".join(f"<tr><td><b>{_e(label)}</b></td><td>{declared}</td><td>{seen}</td></tr>"
                       for label, declared, seen in facts)
        declared, seen = self.tr("Declared"), self.tr("Observed in the records")
        return ("<table cellspacing='0' cellpadding='4'><tr><th></th>"
                f"<th align='left'>{_e(declared)}</th><th align='left'>{_e(seen)}</th></tr>"
                f"{rows}</table>")

    def _ladder(self, panel: DeclaredObserved) -> str:
        profiles = [p for p in (panel.observed_before, panel.observed) if p is not None]
        on = self.tr("On {0}")
        head = "".join(f"<th align='right'>{_e(on.format(f'{p.on:%d/%m/%Y}'))}</th>"
                       for p in profiles)
        rows = []
        for stage in CooperationStage:
            cells = "".join(f"<td align='right'>{p.at_level(stage)}"
                            f"{_e(_share(p, p.at_level(stage)))}</td>" for p in profiles)
            rows.append(f"<tr><td>{stage_dot_html(stage)} {_e(stage.label)}</td>{cells}</tr>")
        named = self.tr("Posture: {0}")
        for posture in Posture:
            cells = "".join(f"<td align='right'>{p.with_posture(posture)}"
                            f"{_e(_share(p, p.with_posture(posture)))}</td>" for p in profiles)
            rows.append(f"<tr><td>{_e(named.format(posture.label))}</td>{cells}</tr>")
        return (f"<table cellspacing='0' cellpadding='3'><tr><th></th>{head}</tr>"
                + "".join(rows) + "</table>")
