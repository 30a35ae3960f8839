package nl.speelveld.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Request mappings that pass over, by the literal words of their patterns alone, the mappings that cannot
 * match the path. For a path with variables (/participatie/{id}/begroting) Spring MVC has no direct hit and
 * checks every one of the application's two hundred and more mappings in full (method, parameters, headers,
 * media types, pattern): a fifth of the processor time of a voter's request. A pattern's words are compared
 * with the path's segments at the same places, up to a segment that takes the rest of the path; a mapping
 * without words to compare (or every mapping, when patterns are not case-sensitive) is checked in full. What is
 * passed over could not have matched, so the choice between the others is Spring's own.
 */
final class LiteralSegmentMappings extends RequestMappingHandlerMapping {

	/** The literal segments of one pattern, by their place in the path. */
	private record Literals(int[] places, String[] words) {

		boolean admit(String[] path) {
			for (int i = 0; i < this.places.length; i++) {
				if (this.places[i] >= path.length || !this.words[i].equals(path[this.places[i]])) {
					return false;
				}
			}
			return true;
		}

	}

	/** Per mapping, the literals of each of its patterns; none kept for a mapping that any path may match. */
	private final Map<RequestMappingInfo, Literals[]> literals = new ConcurrentHashMap<>();

	/** The segments of the path being looked up, taken once rather than for every mapping. */
	private static final ThreadLocal<String[]> LOOKED_UP = new ThreadLocal<>();

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		Literals[] found = literals(mapping);
		if (found != null) {
			this.literals.put(mapping, found);
		}
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		LOOKED_UP.set(segments(ServletRequestPathUtils.getParsedRequestPath(request)));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKED_UP.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String[] path = LOOKED_UP.get();
		Literals[] patterns = path == null ? null : this.literals.get(info);
		if (patterns != null && !admitsAny(patterns, path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean admitsAny(Literals[] patterns, String[] path) {
		for (Literals pattern : patterns) {
			if (pattern.admit(path)) {
				return true;
			}
		}
		return false;
	}

	private Literals @Nullable [] literals(RequestMappingInfo mapping) {
		PathPatternsRequestCondition condition = mapping.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty() || !getPatternParser().isCaseSensitive()) {
			return null;
		}
		List<Literals> all = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			Literals found = literals(pattern.getPatternString());
			if (found == null) {
				return null;
			}
			all.add(found);
		}
		return all.toArray(Literals[]::new);
	}

	/** The words of a pattern by place; null when it has none (or does not begin at the root). */
	private static @Nullable Literals literals(String pattern) {
		if (!pattern.startsWith("/")) {
			return null;
		}
		String[] segments = pattern.substring(1).split("/", -1);
		List<Integer> places = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (int place = 0; place < segments.length; place++) {
			String segment = segments[place];
			if (segment.contains("**") || segment.contains("{*")) {
				break;
			}
			// the root's empty segment, and one after a trailing slash, are not words the path must have
			if (!segment.isEmpty() && segment.chars().noneMatch(c -> c == '{' || c == '*' || c == '?' || c == '%' || c == ';')) {
				places.add(place);
				words.add(segment);
			}
		}
		return places.isEmpty() ? null
				: new Literals(places.stream().mapToInt(Integer::intValue).toArray(), words.toArray(String[]::new));
	}

	/** The path's segments as patterns match them: decoded, without matrix variables. */
	private static String[] segments(RequestPath path) {
		List<String> segments = new ArrayList<>();
		for (PathContainer.Element element : path.pathWithinApplication().elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment.valueToMatch());
			}
		}
		return segments.toArray(String[]::new);
	}

}
