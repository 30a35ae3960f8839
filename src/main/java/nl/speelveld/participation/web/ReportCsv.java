package nl.speelveld.participation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.speelveld.participation.challenges.ChallengeStatus;
import nl.speelveld.participation.challenges.TaskDomain;
import nl.speelveld.participation.challenges.YearReport;

import org.springframework.context.MessageSource;

/**
 * The yearly report as CSV the way Dutch Excel opens it with a double click: UTF-8 with a byte order mark
 * (else Excel reads the ë and € as two odd characters each), semicolons between fields (Dutch Excel uses
 * the comma for decimals, so a comma-separated file lands in one column), commas in decimals, CRLF line
 * ends. Two blocks under each other, separated by an empty line: the figures ({@code onderdeel;waarde;aantal}),
 * then the requests, one per row under their own header row.
 */
final class ReportCsv {

	private static final String BOM = "\uFEFF";

	private static final String LINE_END = "\r\n";

	private ReportCsv() {
	}

	static byte[] of(YearReport report, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, List.of("onderdeel", "waarde", "aantal"));
		line(csv, List.of("gemeente", report.gemeenteName() + " (" + report.gemeente().value() + ")", ""));
		line(csv, List.of("jaar", String.valueOf(report.year()), ""));
		line(csv, List.of("aanvragen", "", String.valueOf(report.lines().size())));
		for (Map.Entry<ChallengeStatus, Integer> status : report.perStatus().entrySet()) {
			line(csv, List.of("status", label(messages, "challenge.status." + status.getKey().key(), locale),
					String.valueOf(status.getValue())));
		}
		for (Map.Entry<ChallengeStatus, Integer> decision : report.perDecision().entrySet()) {
			line(csv, List.of("besluit", label(messages, "challenge.decision." + decision.getKey().key(), locale),
					String.valueOf(decision.getValue())));
		}
		for (Map.Entry<TaskDomain, int[]> domain : report.perDomain().entrySet()) {
			String name = label(messages, "challenge.domain." + domain.getKey().key(), locale);
			line(csv, List.of("taakgebied", name, String.valueOf(domain.getValue()[0])));
			line(csv, List.of("taakgebied_toegekend", name, String.valueOf(domain.getValue()[1])));
		}
		line(csv, List.of("besloten", "", String.valueOf(report.decided())));
		line(csv, List.of("gemiddeld_dagen_tot_besluit", "",
				report.averageDaysToDecision() == null ? "" : decimal(report.averageDaysToDecision())));
		line(csv, List.of("besluit_te_laat", "", String.valueOf(report.decidedLate())));
		line(csv, List.of("termijn_verstreken_zonder_besluit", "", String.valueOf(report.overdueNow())));
		csv.append(LINE_END);
		line(csv, List.of("ingediend_op", "taak", "taakgebied", "groep", "gebied", "status", "besluit", "besluit_uiterlijk",
				"besloten_op", "dagen_tot_besluit", "te_laat", "gevraagd_budget_euro", "huidig_budget_euro",
				"criteria_voldaan", "criteria_deels", "criteria_niet", "adres"));
		for (YearReport.Line request : report.lines()) {
			line(csv, List.of(request.submittedOn().toString(), request.task(),
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
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Dutch Excel reads 12,5 as a number and 12.5 as text. */
	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}

	private static String label(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static void line(StringBuilder csv, List<String> fields) {
		csv.append(fields.stream().map(ReportCsv::field).collect(Collectors.joining(";"))).append(LINE_END);
	}

	/**
	 * Quotes a field when it holds a separator, quote or line break (RFC 4180), and defuses text that a
	 * spreadsheet would run as a formula, as tasks and group names are typed in by people (OWASP CSV injection).
	 */
	static String field(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
