/**
 * The tally of participatory budgeting: the election model, Pabulib import and export, and the rules (greedy by
 * support with the leftover policies and category limits of Pabulib files, and the Method of Equal Shares with
 * add1 completion). Plain Java without a database, so that a round run inside Speelveld and an uploaded file are
 * counted by the same code.
 */
@NullMarked
package nl.speelveld.participation.budgeting;

import org.jspecify.annotations.NullMarked;
