package nl.speelveld.participation.rounds;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use letter codes for a round that verifies by letter: one per address or household on the
 * owner's list. The codes go out once, in the letters and the mailing list made at that moment; the round
 * keeps only their keyed hashes and not the addresses. Codes use letters and digits that cannot be
 * mistaken for each other (no 0 and O, no 1 and I).
 */
@Service
public class LetterCodes {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 12;

	/** The most codes one batch makes; a large gemeente mails in several batches. */
	public static final int MOST_PER_BATCH = 50_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RoundStore store;

	private final VoterKeys keys;

	private final ProcessSteps steps;

	private final Permissions permissions;

	LetterCodes(RoundStore store, VoterKeys keys, ProcessSteps steps, Permissions permissions) {
		this.store = store;
		this.keys = keys;
		this.steps = steps;
		this.permissions = permissions;
	}

	/** An address or household on the list, with the code its letter carries. */
	public record IssuedCode(String addressee, String code) {
	}

	/** The batch made: its number and the codes, in the order of the list. */
	public record Batch(int number, List<IssuedCode> codes) {
	}

	/**
	 * Makes a code for every line of the list (an address or a household name); only the owner of the
	 * process may, and only for a round that verifies by letter.
	 */
	@Transactional
	public Batch issue(Process process, Round round, List<String> addressees) {
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process issue letter codes");
		}
		if (round.verification() != Verification.LETTER_CODE) {
			throw new RoundRefused(RoundRefused.WRONG_WAY);
		}
		if (addressees.isEmpty() || addressees.size() > MOST_PER_BATCH) {
			throw new BallotRefused("round.codes.count", MOST_PER_BATCH);
		}
		List<IssuedCode> issued = new ArrayList<>(addressees.size());
		List<byte[]> hashes = new ArrayList<>(addressees.size());
		Set<String> made = new HashSet<>();
		for (String addressee : addressees) {
			String code = fresh(made);
			issued.add(new IssuedCode(addressee, shown(code)));
			hashes.add(this.keys.codeHash(process.id(), code));
		}
		int batch = this.store.addCodes(process.id(), hashes);
		this.permissions.audit("budget-letter-codes-issued", "participation-process", process.id(),
				Map.of("batch", batch, "codes", issued.size()));
		return new Batch(batch, issued);
	}

	static boolean looksLikeACode(String normalised) {
		if (normalised.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < normalised.length(); i++) {
			if (ALPHABET.indexOf(normalised.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/** A code as the letter prints it, in groups of four: ABCD-EFGH-JKLM. */
	static String shown(String code) {
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	static String fresh(Set<String> made) {
		while (true) {
			StringBuilder code = new StringBuilder(LENGTH);
			for (int i = 0; i < LENGTH; i++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			if (made.add(code.toString())) {
				return code.toString();
			}
		}
	}

}
