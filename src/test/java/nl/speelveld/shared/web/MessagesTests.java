package nl.speelveld.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.KeyFigure;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a visitor reads comes from the message bundles, in Dutch and in English. */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/jte");

	private static final Path JAVA = Path.of("src/main/java");

	private final Properties dutch = load("src/main/resources/messages.properties");

	private final Properties english = load("src/main/resources/messages_en.properties");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(keys(this.english)).as("keys missing in English").containsAll(keys(this.dutch));
		assertThat(keys(this.dutch)).as("keys missing in Dutch").containsAll(keys(this.english));
	}

	@Test
	void noMessageIsEmpty() {
		Stream.of(this.dutch, this.english).forEach(messages -> messages.forEach(
				(key, value) -> assertThat(value.toString().strip()).as("text of %s", key).isNotEmpty()));
	}

	@Test
	void apostrophesAreWrittenTwiceBecauseMessagesAreFormatted() {
		Pattern lonely = Pattern.compile("(?<!')'(?!')");
		Stream.of(this.dutch, this.english)
			.forEach(messages -> messages.forEach((key, value) -> assertThat(lonely.matcher(value.toString()).find())
				.as("%s has a single apostrophe, which MessageFormat would swallow: %s", key, value)
				.isFalse()));
	}

	@Test
	void everyKeyThatTemplatesUseExists() throws IOException {
		Pattern usage = Pattern.compile("\\.t\\(\"([a-z0-9._-]+)\"[,)]");
		for (Path template : templates()) {
			Matcher keys = usage.matcher(Files.readString(template));
			while (keys.find()) {
				assertThat(this.dutch).as("%s uses %s", template, keys.group(1)).containsKey(keys.group(1));
			}
		}
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		Map<Path, List<String>> findings = new HashMap<>();
		for (Path template : templates()) {
			List<String> hardCoded = TemplateText.hardCoded(Files.readString(template));
			if (!hardCoded.isEmpty()) {
				findings.put(template, hardCoded);
			}
		}
		assertThat(findings).as("text in templates that should come from messages.properties").isEmpty();
	}

	@Test
	void theScannerNoticesHardCodedText() {
		assertThat(TemplateText.hardCoded("<p>Welkom</p>")).containsExactly("Welkom");
		assertThat(TemplateText.hardCoded("<img alt=\"Logo\" src=\"x\">")).containsExactly("alt=\"Logo\"");
		assertThat(TemplateText.hardCoded("@template.layout.page(title = \"x\", content = @`<h1>Kop</h1>`)"))
			.containsExactly("Kop");
		assertThat(TemplateText.hardCoded("<p>${page.t(\"a.b\")}</p> <a aria-label=\"${page.t(\"c\")}\">${x}</a>"))
			.isEmpty();
	}

	@Test
	void everyKeyThatJavaCodeNamesExists() throws IOException {
		Set<String> prefixes = new TreeSet<>();
		keys(this.dutch).forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
		Pattern literal = Pattern.compile("\"((" + String.join("|", prefixes) + ")\\.[a-z0-9._-]*[a-z0-9])\"");
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher keys = literal.matcher(Files.readString(source));
				while (keys.find()) {
					assertThat(this.dutch).as("%s names %s", source, keys.group(1)).containsKey(keys.group(1));
				}
			}
		}
	}

	@Test
	void keysComposedInCodeExistForEveryValue() {
		for (AreaLevel level : AreaLevel.values()) {
			assertThat(this.dutch).containsKeys("level." + level.key(), "area.children.heading." + level.key(),
					"area.children.none." + level.key());
		}
		for (KeyFigure figure : KeyFigure.values()) {
			assertThat(this.dutch).containsKey("figure." + figure.key());
		}
		for (HttpStatus status : HttpStatus.values()) {
			var described = ErrorDescription.forStatus(status);
			assertThat(this.dutch).containsKeys(described.messageKey(), described.titleKey(),
					"problem.title." + described.status().value());
		}
		assertThat(this.dutch).containsKeys("import.location.line", "import.location.feature");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".jte")).toList();
		}
	}

	private static Set<String> keys(Properties messages) {
		return new TreeSet<>(messages.stringPropertyNames());
	}

	private static Properties load(String file) {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException missing) {
			throw new IllegalStateException(missing);
		}
		return properties;
	}
}
