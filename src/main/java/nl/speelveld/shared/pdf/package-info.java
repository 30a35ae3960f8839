/**
 * Printable A4 reports as PDF: a title, headings, wrapped paragraphs, simple tables and page numbers, in the
 * standard Helvetica fonts so that no font files need to travel with the application.
 */
@NullMarked
package nl.speelveld.shared.pdf;

import org.jspecify.annotations.NullMarked;
