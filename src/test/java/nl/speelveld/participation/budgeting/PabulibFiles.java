package nl.speelveld.participation.budgeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The 41 Dutch Pabulib files in the test resources (never the shared data folder). */
final class PabulibFiles {

	static final List<String> NAMES = Stream
		.concat(Stream.of(166, 179, 212, 252, 267, 285, 287, 288, 289, 304, 309, 324, 332, 335, 358, 417, 489, 490, 491,
				492, 509, 515, 522, 523, 524, 525, 588, 604, 605, 613, 619, 621, 622, 628, 631, 643, 644, 645, 646, 647)
			.map(number -> "Netherlands_Amsterdam_" + number + ".pb"), Stream.of("Netherlands_Assen_2024.pb"))
		.toList();

	private PabulibFiles() {
	}

	static String text(String name) {
		try (InputStream in = PabulibFiles.class.getResourceAsStream("/pabulib/" + name)) {
			if (in == null) {
				throw new IllegalStateException("No test resource pabulib/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	static Election election(String name) {
		return PabulibReader.read(text(name));
	}

	static IntStream indices() {
		return IntStream.range(0, NAMES.size());
	}

}
