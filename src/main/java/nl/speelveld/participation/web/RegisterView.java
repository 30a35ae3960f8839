package nl.speelveld.participation.web;

import java.time.LocalDate;
import java.util.List;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.participation.challenges.ChallengeStatus;
import nl.speelveld.participation.challenges.Register;
import org.jspecify.annotations.Nullable;

/** What the register page needs besides the lines: the filters chosen and the choices they offer. */
public record RegisterView(@Nullable AreaSummary area, @Nullable AreaCode gemeente, @Nullable ChallengeStatus status,
		@Nullable Integer year, Register.Found found, List<AreaSummary> gemeenten, List<Integer> years,
		List<ChallengeStatus> statuses, String base, LocalDate today) {

	public boolean filtered() {
		return this.gemeente != null || this.status != null || this.year != null;
	}

	/** The link to another page of the same selection. */
	public String pageLink(int page) {
		StringBuilder link = new StringBuilder(this.base).append("?pagina=").append(page + 1);
		if (this.gemeente != null) {
			link.append("&gemeente=").append(this.gemeente.value());
		}
		if (this.status != null) {
			link.append("&status=").append(this.status.key());
		}
		if (this.year != null) {
			link.append("&jaar=").append(this.year);
		}
		return link.toString();
	}

}
