package nl.speelveld.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds text in a jte template that a visitor would read but that does not come from the message
 * bundles: letters in HTML text, or in attributes that are read aloud or shown (alt, title, aria-label,
 * placeholder). Everything inside jte expressions and directives is code and is skipped, except the
 * HTML inside content blocks ({@code @`...`}), which is scanned like the rest.
 */
final class TemplateText {

	private static final Set<String> READABLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder",
			"aria-description", "aria-roledescription", "label");

	private static final Set<String> DIRECTIVES = Set.of("if", "elseif", "else", "endif", "for", "endfor",
			"template", "import", "param", "raw", "endraw");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private final String source;

	private final List<String> findings = new ArrayList<>();

	private int position;

	private TemplateText(String source) {
		this.source = source;
	}

	/** The pieces of hard-coded readable text, empty when the template has none. */
	static List<String> hardCoded(String template) {
		var scanner = new TemplateText(template);
		scanner.html(false);
		return scanner.findings;
	}

	/** Scans HTML until the end, or until the closing backtick of a content block. */
	private void html(boolean inContentBlock) {
		var text = new StringBuilder();
		while (this.position < this.source.length()) {
			char c = this.source.charAt(this.position);
			if (inContentBlock && c == '`') {
				this.position++;
				break;
			}
			if (startsWith("<%--")) {
				skipPast("--%>");
			}
			else if (startsWith("<!--")) {
				skipPast("-->");
			}
			else if (startsWith("${") || startsWith("!{")) {
				this.position++;
				skipBalanced('{', '}');
			}
			else if (startsWith("$unsafe{")) {
				this.position += 7;
				skipBalanced('{', '}');
			}
			else if (c == '@' && directive() != null) {
				report(text);
				skipDirective(directive());
			}
			else if (c == '<' && (startsWith("<script") || startsWith("<style"))) {
				report(text);
				skipPast(startsWith("<script") ? "</script>" : "</style>");
			}
			else if (c == '<') {
				report(text);
				tag();
			}
			else {
				text.append(c);
				this.position++;
			}
		}
		report(text);
	}

	private String directive() {
		int end = this.position + 1;
		while (end < this.source.length() && Character.isLetter(this.source.charAt(end))) {
			end++;
		}
		String word = this.source.substring(this.position + 1, end);
		return DIRECTIVES.contains(word) ? word : null;
	}

	private void skipDirective(String word) {
		this.position += 1 + word.length();
		if (word.equals("import") || word.equals("param")) {
			skipPast("\n");
			return;
		}
		if (word.equals("template")) {
			while (this.position < this.source.length()
					&& (Character.isLetterOrDigit(this.source.charAt(this.position)) || "._-".indexOf(this.source.charAt(this.position)) >= 0)) {
				this.position++;
			}
		}
		if (this.position < this.source.length() && this.source.charAt(this.position) == '(') {
			skipBalanced('(', ')');
		}
	}

	/** Skips from an opening bracket to its match, minding Java strings and scanning content blocks. */
	private void skipBalanced(char open, char close) {
		int depth = 0;
		while (this.position < this.source.length()) {
			char c = this.source.charAt(this.position);
			if (c == '"') {
				skipString();
				continue;
			}
			if (c == '@' && this.position + 1 < this.source.length() && this.source.charAt(this.position + 1) == '`') {
				this.position += 2;
				html(true);
				continue;
			}
			this.position++;
			if (c == open) {
				depth++;
			}
			else if (c == close && --depth == 0) {
				return;
			}
		}
	}

	private void skipString() {
		this.position++;
		while (this.position < this.source.length()) {
			char c = this.source.charAt(this.position++);
			if (c == '\\') {
				this.position++;
			}
			else if (c == '"') {
				return;
			}
		}
	}

	private void tag() {
		int end = this.position;
		var tag = new StringBuilder();
		boolean quoted = false;
		char quote = 0;
		while (end < this.source.length()) {
			char c = this.source.charAt(end);
			if (startsWithAt(end, "${")) {
				int depthEnd = matchingBrace(end + 1);
				tag.append("${}");
				end = depthEnd;
				continue;
			}
			if (quoted && c == quote) {
				quoted = false;
			}
			else if (!quoted && (c == '"' || c == '\'')) {
				quoted = true;
				quote = c;
			}
			else if (!quoted && c == '>') {
				end++;
				break;
			}
			tag.append(c);
			end++;
		}
		this.position = end;
		var attribute = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(tag);
		while (attribute.find()) {
			String value = attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
			String readable = value.replaceAll("\\$\\{[^}]*}", "");
			if (READABLE_ATTRIBUTES.contains(attribute.group(1).toLowerCase()) && LETTERS.matcher(readable).find()) {
				this.findings.add(attribute.group(1) + "=\"" + value + "\"");
			}
		}
	}

	private int matchingBrace(int openAt) {
		int saved = this.position;
		this.position = openAt;
		skipBalanced('{', '}');
		int end = this.position;
		this.position = saved;
		return end;
	}

	private void report(StringBuilder text) {
		String visible = text.toString().replaceAll("&[a-zA-Z#0-9]+;", "").strip();
		if (LETTERS.matcher(visible).find()) {
			this.findings.add(visible);
		}
		text.setLength(0);
	}

	private boolean startsWith(String prefix) {
		return startsWithAt(this.position, prefix);
	}

	private boolean startsWithAt(int at, String prefix) {
		return this.source.startsWith(prefix, at);
	}

	private void skipPast(String marker) {
		int end = this.source.indexOf(marker, this.position);
		this.position = end < 0 ? this.source.length() : end + marker.length();
	}

}
