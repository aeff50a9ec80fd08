package org.pressroom.ingest;

import java.util.List;

/**
 * The JSON answer of {@code POST /api/admin/import}.
 *
 * @param failed each line or file that could not be imported (line 0: the whole file), and why
 * @param warnings foreign-script fragments left in imported texts, for an admin to check
 */
record ImportReport(int imported, int updated, int skipped, List<ImportSummary.Failure> failed,
		List<ImportSummary.Warning> warnings) {

	static ImportReport of(ImportSummary summary) {
		return new ImportReport(summary.getImported(), summary.getUpdated(), summary.getSkipped(),
				summary.getFailures(), summary.getWarnings());
	}

}
