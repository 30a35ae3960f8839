package nl.speelveld.socialmap.editing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTests {

	@Test
	void readsSemicolonsAsDutchExcelWritesThemWithAByteOrderMark() throws Exception {
		CsvTable table = parse("\uFEFFrol;titel;gebieden\r\nwijkagent;\"Wijkagent; Binnenstad\";WK034406\r\n");

		assertThat(table.separator()).isEqualTo(';');
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).fields()).containsExactly("rol", "titel", "gebieden");
		assertThat(table.rows().get(1).fields()).containsExactly("wijkagent", "Wijkagent; Binnenstad", "WK034406");
	}

	@Test
	void readsCommasWhenTheHeaderUsesThem() throws Exception {
		CsvTable table = parse("rol,titel,gebieden\nwijkagent,\"Wijkagent, \"\"de Dom\"\"\",WK034406");

		assertThat(table.separator()).isEqualTo(',');
		assertThat(table.rows().get(1).fields()).containsExactly("wijkagent", "Wijkagent, \"de Dom\"", "WK034406");
	}

	@Test
	void aLineBreakInsideQuotesStaysInTheFieldAndLinesKeepTheirNumbers() throws Exception {
		CsvTable table = parse("a;b\n1;\"twee\nregels\"\n\n3;4\n");

		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(1, 2, 4, 5);
		assertThat(table.rows().get(1).fields()).containsExactly("1", "twee\nregels");
		assertThat(table.rows().get(2).isBlank()).isTrue();
		assertThat(table.rows().get(3).fields()).containsExactly("3", "4");
	}

	@Test
	void keepsEmptyFieldsAtTheEnd() throws Exception {
		assertThat(parse("a;b;c\n1;;\n").rows().get(1).fields()).containsExactly("1", "", "");
	}

	@Test
	void saysWhyAFileIsNoTable() {
		assertUnreadable(new byte[0], "import.file.empty");
		assertUnreadable("\uFEFF  \n".getBytes(StandardCharsets.UTF_8), "import.file.empty");
		assertUnreadable(new byte[] { 'P', 'K', 3, 4, 20, 0 }, "import.file.spreadsheet");
		assertUnreadable(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }, "import.file.binary");
		byte[] lateNul = ("rol;titel\n" + "wijkagent;Wijkagent\n".repeat(1000) + "x\u0000;y\n").getBytes(StandardCharsets.UTF_8);
		assertUnreadable(lateNul, "import.file.binary");
		assertUnreadable("rol;titel\nwijkagent;Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "import.file.encoding");
		assertUnreadable("rol;titel\nwijkagent;\"open\n".getBytes(StandardCharsets.UTF_8), "import.file.open-quote");
		assertUnreadable("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), "import.file.too-many-rows");
	}

	@Test
	void anOpenQuoteIsReportedOnTheLineWhereItOpens() {
		assertThatThrownBy(() -> CsvTable.parse("a;b\n1;2\n3;\"open\nnog\n".getBytes(StandardCharsets.UTF_8), 100))
			.isInstanceOfSatisfying(CsvTable.Unreadable.class, unreadable -> assertThat(unreadable.line()).isEqualTo(3));
	}

	private static CsvTable parse(String text) throws CsvTable.Unreadable {
		return CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), 100);
	}

	private static void assertUnreadable(byte[] bytes, String key) {
		assertThatThrownBy(() -> CsvTable.parse(bytes, 2)).isInstanceOfSatisfying(CsvTable.Unreadable.class,
				unreadable -> assertThat(unreadable.key()).isEqualTo(key));
	}


}
