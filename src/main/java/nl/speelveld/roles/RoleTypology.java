package nl.speelveld.roles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One consistent reading of the whole typology: every role type and every focus theme, in display order. */
record RoleTypology(List<RoleType> roleTypes, List<FocusTheme> themes, Map<String, RoleType> byCode,
		Map<String, FocusTheme> themeByCode) {

	static RoleTypology of(Collection<RoleType> roleTypes, List<FocusTheme> themes) {
		List<RoleType> ordered = List.copyOf(roleTypes);
		return new RoleTypology(ordered, List.copyOf(themes), index(ordered, RoleType::code),
				index(themes, FocusTheme::code));
	}

	Optional<RoleType> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
	}

}
