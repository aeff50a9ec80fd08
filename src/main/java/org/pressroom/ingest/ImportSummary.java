package org.pressroom.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: how many releases were new, changed or already there, and what failed and why.
 */
public final class ImportSummary {

	private int imported;

	private int updated;

	private int skipped;

	private final List<Failure> failures = new ArrayList<>();

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

	void add(ImportSummary other) {
		this.imported += other.imported;
		this.updated += other.updated;
		this.skipped += other.skipped;
		this.failures.addAll(other.failures);
	}

	@Override
	public String toString() {
		return "%d imported, %d updated, %d unchanged, %d failed".formatted(this.imported, this.updated,
				this.skipped, getFailed());
	}

	/**
	 * A line or file that could not be imported.
	 */
	public record Failure(String source, int line, String reason) {
	}

	enum ImportOutcome {

		IMPORTED, UPDATED, SKIPPED

	}

}
