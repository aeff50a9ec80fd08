package org.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: how many releases were new, changed or already there, what failed and why, and the
 * translation warnings the imported texts raised.
 */
public final class ImportSummary {

	private int imported;

	private int updated;

	private int skipped;

	private final List<Failure> failures = new ArrayList<>();

	private final List<Warning> warnings = new ArrayList<>();

	public int getImported() {
		return this.imported;
	}

	public int getUpdated() {
		return this.updated;
	}

	public int getSkipped() {
		return this.skipped;
	}

	public List<Failure> getFailures() {
		return this.failures;
	}

	public List<Warning> getWarnings() {
		return this.warnings;
	}

	public int getFailed() {
		return this.failures.size();
	}

	public boolean isComplete() {
		return this.failures.isEmpty();
	}

	void count(ImportOutcome outcome) {
		switch (outcome) {
			case IMPORTED -> this.imported++;
			case UPDATED -> this.updated++;
			case SKIPPED -> this.skipped++;
		}
	}

	void fail(String source, int line, String reason) {
		this.failures.add(new Failure(source, line, reason));
	}

	void warn(Warning warning) {
		this.warnings.add(warning);
	}

	void add(ImportSummary other) {
		this.imported += other.imported;
		this.updated += other.updated;
		this.skipped += other.skipped;
		this.failures.addAll(other.failures);
		this.warnings.addAll(other.warnings);
	}

	@Override
	public String toString() {
		return "%d imported, %d updated, %d unchanged, %d failed".formatted(this.imported, this.updated,
				this.skipped, getFailed());
	}

	/**
	 * A line or file that could not be imported; line 0 stands for the file as a whole.
	 */
	public record Failure(String source, int line, String reason) {
	}

	/**
	 * A foreign-script fragment left in an imported release.
	 */
	public record Warning(String source, int line, String release, String fragment, String script, String context) {
	}

	enum ImportOutcome {

		IMPORTED, UPDATED, SKIPPED

	}

}
