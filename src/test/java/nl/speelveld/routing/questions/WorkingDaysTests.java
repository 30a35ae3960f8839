package nl.speelveld.routing.questions;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days skip weekends and the Dutch public holidays that employers give off, Goede Vrijdag not among them. */
class WorkingDaysTests {

	@Test
	void findsEasterSundayForTheYearsAround() {
		assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void knowsTheHolidaysOf2025() {
		assertThat(WorkingDays.holidays(2025)).containsExactlyInAnyOrder(LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 4, 21), LocalDate.of(2025, 4, 26), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 29),
				LocalDate.of(2025, 6, 9), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));
	}

	@Test
	void goedeVrijdagIsAWorkingDay() {
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 4, 18))).isTrue();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
	}

	@Test
	void koningsdagMovesToSaturdayWhenTheTwentySeventhIsASunday() {
		assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2025, 4, 27))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).as("a Monday in 2026").isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
	}

	@Test
	void bevrijdingsdagIsADayOffInLustrumYearsOnly() {
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 5, 5))).as("Monday in 2025").isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 5))).as("Tuesday in 2026").isTrue();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2030, 5, 6))).isTrue();
		assertThat(WorkingDays.isPublicHoliday(LocalDate.of(2030, 5, 5))).isTrue();
	}

	@Test
	void countsOnlyWorkingDaysAfterTheStart() {
		// Thursday before Easter: Goede Vrijdag counts, Easter Monday does not.
		assertThat(WorkingDays.plus(LocalDate.of(2025, 4, 17), 3)).isEqualTo(LocalDate.of(2025, 4, 23));
		// Friday before Christmas: both Christmas days are skipped.
		assertThat(WorkingDays.plus(LocalDate.of(2024, 12, 20), 3)).isEqualTo(LocalDate.of(2024, 12, 27));
		// A question from Saturday: Monday 5 May 2025 is Bevrijdingsdag, so the first working day is Tuesday.
		assertThat(WorkingDays.plus(LocalDate.of(2025, 5, 3), 1)).isEqualTo(LocalDate.of(2025, 5, 6));
		// Hemelvaartsdag and Tweede Pinksterdag.
		assertThat(WorkingDays.plus(LocalDate.of(2025, 5, 28), 1)).isEqualTo(LocalDate.of(2025, 5, 30));
		assertThat(WorkingDays.plus(LocalDate.of(2025, 6, 6), 1)).isEqualTo(LocalDate.of(2025, 6, 10));
		// New Year from the last working day of 2025.
		assertThat(WorkingDays.plus(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 2), 0)).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void aWeekOfWorkingDaysIsAWeekWhenThereIsNoHoliday() {
		assertThat(WorkingDays.plus(LocalDate.of(2026, 3, 4), 5)).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(WorkingDays.next(LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 9));
	}

}
