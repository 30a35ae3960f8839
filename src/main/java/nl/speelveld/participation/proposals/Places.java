package nl.speelveld.participation.proposals;

import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.proposals.ProposalStore.Place;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Where a proposal is: a point that the map gave, or the centre of a postcode, and in both cases inside
 * the area of the process. Every mistake becomes a complaint at the postcode field, the way to give a
 * place that everyone can use; no place at all is fine (a proposal for the whole area).
 */
@Component
class Places {

	static final String FIELD = "postcode";

	private final Areas areas;

	Places(Areas areas) {
		this.areas = areas;
	}

	@Nullable Place of(Process process, ProposalForm form, Complaints complaints) {
		String lat = ProposalForm.clean(form.lat());
		String lon = ProposalForm.clean(form.lon());
		String postcode = ProposalForm.clean(form.postcode());
		int year = this.areas.summary(process.area()).map(AreaSummary::year).orElse(0);
		Integer asked = year == 0 ? null : year;
		try {
			if (!lat.isEmpty() || !lon.isEmpty()) {
				double latitude = Double.parseDouble(lat);
				double longitude = Double.parseDouble(lon);
				AreaLookup found = this.areas.lookup(latitude, longitude, asked);
				if (!found.liesIn(process.area())) {
					complaints.add(FIELD, "proposal.error.point-outside");
					return null;
				}
				return new Place(found.finest().code().value(), round(latitude), round(longitude));
			}
			if (postcode.isEmpty()) {
				return null;
			}
			if (!Areas.looksLikePostcode(postcode)) {
				complaints.add(FIELD, "proposal.error.postcode-invalid");
				return null;
			}
			AreaLookup found = this.areas.lookupPostcode(postcode, asked);
			if (!found.liesIn(process.area())) {
				complaints.add(FIELD, "proposal.error.postcode-outside");
				return null;
			}
			var centre = this.areas.centreOfPostcode(postcode);
			return new Place(found.finest().code().value(), round(centre.lat()), round(centre.lon()));
		}
		catch (NumberFormatException malformed) {
			complaints.add(FIELD, "proposal.error.point-invalid");
			return null;
		}
		catch (Problem unknown) {
			// A point outside every area, coordinates out of range, a postcode that was never issued
			complaints.add(FIELD, lat.isEmpty() && lon.isEmpty() ? "proposal.error.postcode-unknown"
					: "proposal.error.point-outside");
			return null;
		}
	}


	/** Six decimals: about ten centimetres, more than enough for a proposal and no more than a map gives. */
	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000) / 1_000_000.0;
	}

}
