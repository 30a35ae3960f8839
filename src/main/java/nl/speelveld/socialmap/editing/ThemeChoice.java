package nl.speelveld.socialmap.editing;

import java.util.List;

import nl.speelveld.roles.FocusTheme;

/** The focus themes a form offers: those of the chosen role first, then the others. */
public record ThemeChoice(List<FocusTheme> ofRole, List<FocusTheme> others) {
}
