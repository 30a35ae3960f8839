package nl.speelveld.participation.rounds;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Someone verified to vote in a round, known only by their ballot key. A letter-code voter keeps it in
 * their session between pages; a signed-in voter's key is made again on each request.
 */
public record Voter(byte[] key, Verification verifiedBy) {

	public String keyText() {
		return HexFormat.of().formatHex(this.key);
	}

	public static Voter byCode(String keyText) {
		return new Voter(HexFormat.of().parseHex(keyText), Verification.LETTER_CODE);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Voter that && Arrays.equals(this.key, that.key) && this.verifiedBy == that.verifiedBy;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.key) * 31 + this.verifiedBy.hashCode();
	}

	@Override
	public String toString() {
		return "Voter[" + this.verifiedBy + "]";
	}

}
