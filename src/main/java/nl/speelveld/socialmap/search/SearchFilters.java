package nl.speelveld.socialmap.search;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What narrows a search besides its words: an area, a role type. Sources add their SQL conditions from it. */
record SearchFilters(@Nullable AreaFilter area, @Nullable String role) {

	void bind(Map<String, Object> parameters) {
		if (this.area != null) {
			this.area.bind(parameters);
		}
		if (this.role != null) {
			parameters.put("role", this.role);
		}
	}

}
