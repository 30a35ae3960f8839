package nl.speelveld.shared.web;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Request mappings that pass over, by the first segment of the path alone, the mappings whose patterns all
 * begin with another word. For a path with variables (/participatie/{id}/begroting) Spring MVC has no direct
 * hit and checks every one of the application's two hundred and more mappings in full (method, parameters,
 * headers, media types, pattern): a fifth of the processor time of a voter's request. A mapping that begins
 * with a variable or a wildcard is always checked in full, and so is every mapping when patterns are not
 * case-sensitive; what is passed over could not have matched, so the choice between the others is Spring's own.
 */
final class FirstSegmentMappings extends RequestMappingHandlerMapping {

	/** The first segments a mapping's patterns begin with; none kept for a mapping that may begin with any. */
	private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

	/** The first segment of the path being looked up, taken once rather than for every mapping. */
	private static final ThreadLocal<String> LOOKED_UP = new ThreadLocal<>();

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		Set<String> first = firstSegments(mapping);
		if (first != null) {
			this.firstSegments.put(mapping, first);
		}
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		LOOKED_UP.set(firstSegment(ServletRequestPathUtils.getParsedRequestPath(request)));
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKED_UP.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String lookedUp = LOOKED_UP.get();
		if (lookedUp != null) {
			Set<String> first = this.firstSegments.get(info);
			if (first != null && !first.contains(lookedUp)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	private @Nullable Set<String> firstSegments(RequestMappingInfo mapping) {
		PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
		if (patterns == null || !getPatternParser().isCaseSensitive()) {
			return null;
		}
		Set<String> first = new HashSet<>();
		for (PathPattern pattern : patterns.getPatterns()) {
			String text = pattern.getPatternString();
			if (!text.startsWith("/")) {
				return null;
			}
			int end = text.indexOf('/', 1);
			String segment = text.substring(1, end < 0 ? text.length() : end);
			if (segment.chars().anyMatch(c -> c == '{' || c == '*' || c == '?' || c == '%' || c == ';')) {
				return null;
			}
			first.add(segment);
		}
		return first.isEmpty() ? null : Set.copyOf(first);
	}

	/** The first segment as patterns match it: decoded, without matrix variables; empty for the root. */
	private static String firstSegment(RequestPath path) {
		List<PathContainer.Element> elements = path.pathWithinApplication().elements();
		return elements.size() > 1 && elements.get(1) instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : "";
	}

}
