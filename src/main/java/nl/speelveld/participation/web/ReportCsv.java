package nl.speelveld.participation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.speelveld.participation.challenges.ChallengeStatus;
import nl.speelveld.participation.challenges.TaskDomain;
import nl.speelveld.participation.challenges.YearReport;
import nl.speelveld.shared.SpreadsheetCsv;

import org.springframework.context.MessageSource;

/**
 * The yearly report as CSV the way Dutch Excel opens it with a double click ({@link SpreadsheetCsv}), commas
 * in decimals. Two blocks under each other, separated by an empty line: the figures ({@code onderdeel;waarde;aantal}),
 * then the requests, one per row under their own header row.
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static byte[] of(YearReport report, MessageSource messages, Locale locale) {
		var csv = new SpreadsheetCsv();
		csv.line(List.of("onderdeel", "waarde", "aantal"));
		csv.line(List.of("gemeente", report.gemeenteName() + " (" + report.gemeente().value() + ")", ""));
		csv.line(List.of("jaar", String.valueOf(report.year()), ""));
		csv.line(List.of("aanvragen", "", String.valueOf(report.lines().size())));
		for (Map.Entry<ChallengeStatus, Integer> status : report.perStatus().entrySet()) {
			csv.line(List.of("status", label(messages, "challenge.status." + status.getKey().key(), locale),
					String.valueOf(status.getValue())));
		}
		for (Map.Entry<ChallengeStatus, Integer> decision : report.perDecision().entrySet()) {
			csv.line(List.of("besluit", label(messages, "challenge.decision." + decision.getKey().key(), locale),
					String.valueOf(decision.getValue())));
		}
		for (Map.Entry<TaskDomain, int[]> domain : report.perDomain().entrySet()) {
			String name = label(messages, "challenge.domain." + domain.getKey().key(), locale);
			csv.line(List.of("taakgebied", name, String.valueOf(domain.getValue()[0])));
			csv.line(List.of("taakgebied_toegekend", name, String.valueOf(domain.getValue()[1])));
		}
		csv.line(List.of("besloten", "", String.valueOf(report.decided())));
		csv.line(List.of("gemiddeld_dagen_tot_besluit", "",
				report.averageDaysToDecision() == null ? "" : decimal(report.averageDaysToDecision())));
		csv.line(List.of("besluit_te_laat", "", String.valueOf(report.decidedLate())));
		csv.line(List.of("termijn_verstreken_zonder_besluit", "", String.valueOf(report.overdueNow())));
		csv.emptyLine();
		csv.line(List.of("ingediend_op", "taak", "taakgebied", "groep", "gebied", "status", "besluit", "besluit_uiterlijk",
				"besloten_op", "dagen_tot_besluit", "te_laat", "gevraagd_budget_euro", "huidig_budget_euro",
				"criteria_voldaan", "criteria_deels", "criteria_niet", "adres"));
		for (YearReport.Line request : report.lines()) {
			csv.line(List.of(request.submittedOn().toString(), request.task(),
					label(messages, "challenge.domain." + request.domain().key(), locale), request.groupName(),
					request.areaName(), label(messages, "challenge.status." + request.status().key(), locale),
					request.decision() == null ? "" : label(messages, "challenge.decision." + request.decision().key(), locale),
					request.decisionDue().toString(), request.decidedOn() == null ? "" : request.decidedOn().toString(),
					request.daysToDecision() == null ? "" : String.valueOf(request.daysToDecision()),
					request.decidedLate() || request.overdueOn(report.madeOn()) ? "ja" : "nee",
					String.valueOf(request.budgetAsked()),
					request.budgetCurrent() == null ? "" : String.valueOf(request.budgetCurrent()),
					String.valueOf(request.met()), String.valueOf(request.partly()), String.valueOf(request.notMet()),
					"/uitdaagrecht/" + request.id()));
		}
		return csv.bytes();
	}

	/** Dutch Excel reads 12,5 as a number and 12.5 as text. */
	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}

	private static String label(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
