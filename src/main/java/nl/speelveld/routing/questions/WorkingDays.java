package nl.speelveld.routing.questions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Working days in the Netherlands: Monday to Friday, except the public holidays that employers commonly
 * give off. Goede Vrijdag is a working day for most and so counts as one; Bevrijdingsdag only in lustrum
 * years (2025, 2030), as most collective agreements have it.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
	}

	/** The day {@code days} working days after {@code start}; {@code start} itself does not count. */
	public static LocalDate plus(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Counting working days goes forward only");
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The first working day after {@code day}. */
	public static LocalDate next(LocalDate day) {
		return plus(day, 1);
	}

	public static boolean isPublicHoliday(LocalDate day) {
		return holidays(day.getYear()).contains(day);
	}

	/** Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag (lustrum), Hemelvaartsdag, Tweede Pinksterdag, Kerst. */
	public static Set<LocalDate> holidays(int year) {
		LocalDate easter = easterSunday(year);
		LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
		if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
			kingsDay = kingsDay.minusDays(1);
		}
		var days = new java.util.HashSet<LocalDate>();
		days.add(LocalDate.of(year, Month.JANUARY, 1));
		days.add(easter.plusDays(1));
		days.add(kingsDay);
		if (year % 5 == 0) {
			days.add(LocalDate.of(year, Month.MAY, 5));
		}
		days.add(easter.plusDays(39));
		days.add(easter.plusDays(50));
		days.add(LocalDate.of(year, Month.DECEMBER, 25));
		days.add(LocalDate.of(year, Month.DECEMBER, 26));
		return Set.copyOf(days);
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
