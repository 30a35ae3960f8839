package nl.speelveld.participation.challenges;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

/**
 * A request as typed on the form, field by field as the page names them. {@link #check} reads it into a
 * {@link Checked} request and puts every problem in the complaints, under the field it is about.
 */
public record ChallengeForm(@Nullable String gebied, @Nullable String task, @Nullable String domain,
		@Nullable String groupName, @Nullable String plan, @Nullable String budgetAsked, @Nullable String budgetCurrent,
		@Nullable String supportersPeople, @Nullable String supportersOrganisations, @Nullable String supportNote,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone) {

	static final long MOST_EUROS = 100_000_000L;

	public static ChallengeForm empty(@Nullable String gebied) {
		return new ChallengeForm(gebied, "", "", "", "", "", "", "", "", "", "", "", "");
	}

	/** A request that passed the checks, with its area found. */
	public record Checked(AreaCode area, String task, TaskDomain domain, String groupName, String plan, int budgetAsked,
			@Nullable Integer budgetCurrent, int supportersPeople, int supportersOrganisations, String supportNote,
			String contactName, String contactEmail, String contactPhone) {
	}

	/** Reads the form for this area; null when something is wrong, and then the complaints say what. */
	@Nullable Checked check(AreaCode area, Complaints complaints) {
		String taskText = text(complaints, "task", this.task, 5, 200);
		TaskDomain kind = TaskDomain.fromKey(Texts.clean(this.domain)).orElse(null);
		if (kind == null) {
			complaints.add("domain", "challenge.error.domain");
		}
		String group = text(complaints, "groupName", this.groupName, 2, 120);
		String planText = text(complaints, "plan", this.plan, 30, 6000);
		long asked = Texts.euros(Texts.clean(this.budgetAsked));
		if (Texts.clean(this.budgetAsked).isEmpty()) {
			complaints.add("budgetAsked", "challenge.error.budgetAsked-empty");
		}
		else if (asked < 0 || asked > MOST_EUROS) {
			complaints.add("budgetAsked", "challenge.error.euros");
		}
		Integer current = null;
		if (!Texts.clean(this.budgetCurrent).isEmpty()) {
			long euros = Texts.euros(Texts.clean(this.budgetCurrent));
			if (euros < 0 || euros > MOST_EUROS) {
				complaints.add("budgetCurrent", "challenge.error.euros");
			}
			else {
				current = (int) euros;
			}
		}
		int people = count(complaints, "supportersPeople", this.supportersPeople);
		int organisations = count(complaints, "supportersOrganisations", this.supportersOrganisations);
		if (people == 0 && organisations == 0 && !complaints.has("supportersPeople")
				&& !complaints.has("supportersOrganisations")) {
			complaints.add("supportersPeople", "challenge.error.no-support");
		}
		String note = text(complaints, "supportNote", this.supportNote, 0, 1000);
		String name = text(complaints, "contactName", this.contactName, 2, 100);
		String email = Texts.clean(this.contactEmail);
		if (!email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}") || email.length() > 200) {
			complaints.add("contactEmail", "challenge.error.contactEmail");
		}
		String phone = Texts.clean(this.contactPhone);
		if (!phone.isEmpty() && !phone.matches("\\+?[0-9 ()-]{8,20}")) {
			complaints.add("contactPhone", "challenge.error.contactPhone");
		}
		if (!complaints.isEmpty() || kind == null) {
			return null;
		}
		return new Checked(area, taskText, kind, group, planText, (int) asked, current, people, organisations, note, name,
				email, phone);
	}

	private static String text(Complaints complaints, String field, @Nullable String value, int least, int most) {
		String text = Texts.clean(value);
		if (least > 0 && text.isEmpty()) {
			complaints.add(field, "challenge.error." + field + "-empty");
		}
		else if (text.length() < least) {
			complaints.add(field, "challenge.error." + field + "-too-short");
		}
		else if (text.length() > most) {
			complaints.add(field, "challenge.error.too-long");
		}
		return text;
	}

	private static int count(Complaints complaints, String field, @Nullable String value) {
		String text = Texts.clean(value).replace(".", "");
		if (text.isEmpty()) {
			return 0;
		}
		if (!text.matches("\\d{1,6}")) {
			complaints.add(field, "challenge.error.count");
			return 0;
		}
		return Integer.parseInt(text);
	}

}
