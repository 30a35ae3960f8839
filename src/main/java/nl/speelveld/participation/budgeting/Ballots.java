package nl.speelveld.participation.budgeting;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * All ballots, compactly: the projects of ballot {@code b} are the project indices (positions in the election's
 * project list) {@code projects[offsets[b]]} up to {@code projects[offsets[b + 1]]}, in the order the voter gave
 * them (which matters for ordinal ballots). {@code points} runs beside {@code projects} for cumulative or scoring
 * ballots and is null for approval. A million approval ballots of five projects take some 24 MB, and counting
 * or indexing them is a walk over two int arrays.
 */
public final class Ballots {

	private final String[] voterIds;

	private final int[] offsets;

	private final int[] projects;

	private final int @Nullable [] points;

	public Ballots(String[] voterIds, int[] offsets, int[] projects, int @Nullable [] points) {
		if (offsets.length != voterIds.length + 1 || offsets[voterIds.length] != projects.length
				|| (points != null && points.length != projects.length)) {
			throw new IllegalArgumentException("Ballot arrays do not line up");
		}
		this.voterIds = voterIds;
		this.offsets = offsets;
		this.projects = projects;
		this.points = points;
	}

	/** Approval ballots, each a list of project indices. */
	public static Ballots approvals(List<int[]> ballots) {
		String[] ids = new String[ballots.size()];
		int[] offsets = new int[ballots.size() + 1];
		int total = 0;
		for (int b = 0; b < ballots.size(); b++) {
			ids[b] = Integer.toString(b + 1);
			total += ballots.get(b).length;
			offsets[b + 1] = total;
		}
		int[] projects = new int[total];
		for (int b = 0; b < ballots.size(); b++) {
			System.arraycopy(ballots.get(b), 0, projects, offsets[b], ballots.get(b).length);
		}
		return new Ballots(ids, offsets, projects, null);
	}

	public int count() {
		return this.voterIds.length;
	}

	public String voterId(int ballot) {
		return this.voterIds[ballot];
	}

	public int start(int ballot) {
		return this.offsets[ballot];
	}

	public int end(int ballot) {
		return this.offsets[ballot + 1];
	}

	/** The project index at a position between {@link #start} and {@link #end}. */
	public int project(int position) {
		return this.projects[position];
	}

	/** The points at a position, or 1 for approval ballots. */
	public int points(int position) {
		return this.points == null ? 1 : this.points[position];
	}

	public boolean hasPoints() {
		return this.points != null;
	}

	/**
	 * How many ballots name each project: the approval count. One pass over the marks; a ballot that names a
	 * project twice counts once (one voter, one vote).
	 */
	public int[] approvalCounts(int projectCount) {
		int[] counts = new int[projectCount];
		int[] lastBallot = new int[projectCount];
		java.util.Arrays.fill(lastBallot, -1);
		for (int b = 0; b < this.voterIds.length; b++) {
			for (int i = this.offsets[b]; i < this.offsets[b + 1]; i++) {
				int project = this.projects[i];
				if (lastBallot[project] != b) {
					lastBallot[project] = b;
					counts[project]++;
				}
			}
		}
		return counts;
	}

	/**
	 * The ballots per project (the transpose), as offsets into a voter array: the supporters of project {@code p}
	 * are {@code voters[starts[p]]} up to {@code voters[starts[p + 1]]}, in ballot order.
	 */
	public Supporters supporters(int projectCount) {
		int[] starts = new int[projectCount + 1];
		for (int project : this.projects) {
			starts[project + 1]++;
		}
		for (int p = 0; p < projectCount; p++) {
			starts[p + 1] += starts[p];
		}
		int[] fill = Arrays.copyOf(starts, projectCount);
		int[] voters = new int[this.projects.length];
		for (int b = 0; b < this.voterIds.length; b++) {
			for (int i = this.offsets[b]; i < this.offsets[b + 1]; i++) {
				int project = this.projects[i];
				if (fill[project] == starts[project] || voters[fill[project] - 1] != b) {
					voters[fill[project]++] = b;
				}
			}
		}
		// a ballot that named a project twice leaves a gap at the end of that project's run: close it up
		int[] compactStarts = new int[projectCount + 1];
		int length = 0;
		for (int p = 0; p < projectCount; p++) {
			int count = fill[p] - starts[p];
			if (length != starts[p]) {
				System.arraycopy(voters, starts[p], voters, length, count);
			}
			compactStarts[p] = length;
			length += count;
		}
		compactStarts[projectCount] = length;
		return new Supporters(compactStarts, length == voters.length ? voters : Arrays.copyOf(voters, length));
	}

	/** The supporters of each project, see {@link Ballots#supporters(int)}. */
	public record Supporters(int[] starts, int[] voters) {

		public int count(int project) {
			return this.starts[project + 1] - this.starts[project];
		}

	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Ballots that && Arrays.equals(this.voterIds, that.voterIds)
				&& Arrays.equals(this.offsets, that.offsets) && Arrays.equals(this.projects, that.projects)
				&& Arrays.equals(this.points, that.points);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(this.voterIds), Arrays.hashCode(this.offsets),
				Arrays.hashCode(this.projects), Arrays.hashCode(this.points));
	}

	@Override
	public String toString() {
		return "Ballots[" + count() + " ballots, " + this.projects.length + " marks]";
	}

}
