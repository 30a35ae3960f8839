package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;

/** Turns a post plan into the coverage of each post: which areas, for how many posts. */
final class PostCoverage {

	private static final int CITY_CLUSTER = 2_000;

	private static final int RURAL_CLUSTER = 4_000;

	private final GemeenteContext gemeente;

	private final DemoGemeente.PostPlan plan;

	private final RoleType role;

	PostCoverage(GemeenteContext gemeente, DemoGemeente.PostPlan plan, RoleType role) {
		this.gemeente = gemeente;
		this.plan = plan;
		this.role = role;
	}

	List<DemoPosts.Coverage> coverages() {
		return switch (this.plan.grouping()) {
			case GEMEENTE -> List.of(new DemoPosts.Coverage(List.of(this.gemeente.plan.code().value()),
					this.gemeente.inhabited().get(0).suffix(), this.gemeente.name));
			case DISTRICT -> multiply(districts().values().stream().map(this::ofWijken).toList());
			case WIJKEN -> multiply(runs());
			case LISTED -> multiply(this.plan.groups()
				.stream()
				.map(group -> ofWijken(group.stream().map(this.gemeente::wijk).toList()))
				.toList());
			case NORM -> wijkagents();
			case BUURTEN -> buurten();
		};
	}

	/** Inhabited wijken per district, in code order; without the gap wijken for roles that serve G2. */
	private Map<String, List<WijkFacts>> districts() {
		Map<String, List<WijkFacts>> byDistrict = new LinkedHashMap<>();
		boolean keepGapFree = this.role.serves(Goal.G2);
		for (WijkFacts wijk : this.gemeente.inhabited()) {
			if (keepGapFree && this.gemeente.plan.gapWijken().contains(wijk.suffix())) {
				continue;
			}
			byDistrict.computeIfAbsent(this.gemeente.plan.district(wijk.suffix()), key -> new ArrayList<>()).add(wijk);
		}
		return byDistrict;
	}

	private List<DemoPosts.Coverage> runs() {
		List<DemoPosts.Coverage> runs = new ArrayList<>();
		for (List<WijkFacts> wijken : districts().values()) {
			for (int i = 0; i < wijken.size(); i += this.plan.size()) {
				runs.add(ofWijken(wijken.subList(i, Math.min(wijken.size(), i + this.plan.size()))));
			}
		}
		return runs;
	}

	/** A plan with one post per so many inhabitants repeats a coverage for larger groups. */
	private List<DemoPosts.Coverage> multiply(List<DemoPosts.Coverage> coverages) {
		if (this.plan.perInhabitants() == 0) {
			return coverages;
		}
		List<DemoPosts.Coverage> posts = new ArrayList<>();
		for (DemoPosts.Coverage coverage : coverages) {
			int inhabitants = coverage.areas().stream().mapToInt(this::inhabitantsOf).sum();
			int count = Math.max(1, Math.round(inhabitants / (float) this.plan.perInhabitants()));
			for (int i = 0; i < count; i++) {
				posts.add(coverage);
			}
		}
		return posts;
	}

	/**
	 * Wijkagents: wijken are clustered until a cluster has enough inhabitants to count, then each cluster gets
	 * the posts the norm asks for, minus the plan's shortfall. In wijken the plan lists, agents split the
	 * buurten between them.
	 */
	private List<DemoPosts.Coverage> wijkagents() {
		int norm = this.role.normInhabitants() == null ? 5_000 : this.role.normInhabitants();
		int minimum = this.gemeente.plan.rural() ? RURAL_CLUSTER : CITY_CLUSTER;
		List<String> splitIntoBuurten = this.plan.groups().stream().flatMap(List::stream).toList();
		List<DemoPosts.Coverage> posts = new ArrayList<>();
		for (List<WijkFacts> wijken : districts().values()) {
			for (List<WijkFacts> cluster : clusters(wijken, minimum)) {
				int inhabitants = cluster.stream().mapToInt(WijkFacts::inhabitants).sum();
				int shortfall = cluster.stream()
					.mapToInt(wijk -> this.gemeente.plan.agentShortfall().getOrDefault(wijk.suffix(), 0))
					.sum();
				int count = Math.max(1, (int) Math.ceil(inhabitants / (double) norm) - shortfall);
				var buurten = cluster.size() == 1 && splitIntoBuurten.contains(cluster.get(0).suffix())
						? this.gemeente.buurtenIn(cluster.get(0).suffix()) : List.<GemeenteContext.Buurt>of();
				for (int i = 0; i < count; i++) {
					posts.add(buurten.size() >= count ? shareOfBuurten(cluster.get(0), buurten, i, count) : ofWijken(cluster));
				}
			}
		}
		return posts;
	}

	private static List<List<WijkFacts>> clusters(List<WijkFacts> wijken, int minimum) {
		List<List<WijkFacts>> clusters = new ArrayList<>();
		List<WijkFacts> current = new ArrayList<>();
		int inhabitants = 0;
		for (WijkFacts wijk : wijken) {
			current.add(wijk);
			inhabitants += wijk.inhabitants();
			if (inhabitants >= minimum) {
				clusters.add(current);
				current = new ArrayList<>();
				inhabitants = 0;
			}
		}
		if (!current.isEmpty()) {
			if (clusters.isEmpty()) {
				clusters.add(current);
			}
			else {
				clusters.get(clusters.size() - 1).addAll(current);
			}
		}
		return clusters;
	}

	private DemoPosts.Coverage shareOfBuurten(WijkFacts wijk, List<GemeenteContext.Buurt> buurten, int index,
			int count) {
		List<GemeenteContext.Buurt> share = new ArrayList<>();
		for (int i = index; i < buurten.size(); i += count) {
			share.add(buurten.get(i));
		}
		return ofBuurten(wijk, share);
	}

	/** Posts for two or three buurten each, at most three posts per listed wijk. */
	private List<DemoPosts.Coverage> buurten() {
		List<DemoPosts.Coverage> posts = new ArrayList<>();
		for (String suffix : this.plan.groups().stream().flatMap(List::stream).toList()) {
			var buurten = this.gemeente.buurtenIn(suffix);
			int start = 0;
			for (int post = 0; post < 3 && start < buurten.size(); post++) {
				int size = this.gemeente.draw.between(2, 3);
				posts.add(ofBuurten(this.gemeente.wijk(suffix), buurten.subList(start, Math.min(buurten.size(), start + size))));
				start += size;
			}
		}
		return posts;
	}

	private DemoPosts.Coverage ofWijken(List<WijkFacts> wijken) {
		List<String> codes = wijken.stream().map(wijk -> wijk.code().value()).toList();
		return new DemoPosts.Coverage(codes, wijken.get(0).suffix(), label(wijken));
	}

	private DemoPosts.Coverage ofBuurten(WijkFacts wijk, List<GemeenteContext.Buurt> buurten) {
		List<String> codes = buurten.stream().map(buurt -> buurt.code().value()).toList();
		String label = switch (buurten.size()) {
			case 1 -> plain(buurten.get(0).name());
			case 2 -> plain(buurten.get(0).name()) + " en " + plain(buurten.get(1).name());
			default -> plain(buurten.get(0).name()) + " e.o.";
		};
		return new DemoPosts.Coverage(codes, wijk.suffix(), label);
	}

	/** CBS buurt names of 2014 separate parts with a full stop and often end in en omgeving. */
	private static String plain(String buurt) {
		return buurt.replace(". ", ", ").replaceFirst(" en omgeving$", "");
	}

	private String label(List<WijkFacts> wijken) {
		String district = this.gemeente.plan.district(wijken.get(0).suffix());
		boolean wholeDistrict = !district.isEmpty() && wijken.size() > 2 && districts().get(district).equals(wijken);
		if (wholeDistrict) {
			return this.gemeente.plan.districtNames().get(district);
		}
		return switch (wijken.size()) {
			case 1 -> wijken.get(0).shortName();
			case 2 -> wijken.get(0).shortName() + " en " + wijken.get(1).shortName();
			default -> wijken.get(0).shortName() + " e.o.";
		};
	}

	private int inhabitantsOf(String code) {
		return this.gemeente.wijken.stream()
			.filter(wijk -> code.startsWith("WK") && wijk.code().value().equals(code))
			.mapToInt(WijkFacts::inhabitants)
			.sum();
	}

}
