package org.pressroom.admin.curation;

/**
 * A curation form: it carries the version of the entry it edits, so that saving it can tell whether someone else
 * saved the entry meanwhile.
 *
 * @param <F> the form itself
 */
interface CurationForm<F> {

	/** The same form, for the entry at this version. */
	F withVersion(long version);

}
