package nl.speelveld.participation.surveys;

/** The scale figures of one liveability theme, in one survey or across an area's surveys. */
public record ThemeFigures(LiveabilityTheme theme, ScaleFigures figures) {
}
