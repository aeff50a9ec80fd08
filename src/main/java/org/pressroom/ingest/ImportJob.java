package org.pressroom.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An import started from the upload page, running in the background: how far it got, and its summary once done.
 */
public final class ImportJob {

	private final UUID id = UUID.randomUUID();

	private final List<String> files;

	private final long total;

	private final String startedBy;

	private final Instant startedAt = Instant.now();

	private final AtomicLong done = new AtomicLong();

	private volatile ImportSummary summary;

	private volatile String error;

	ImportJob(List<String> files, long total, String startedBy) {
		this.files = List.copyOf(files);
		this.total = Math.max(1, total);
		this.startedBy = startedBy;
	}

	public UUID getId() {
		return this.id;
	}

	public List<String> getFiles() {
		return this.files;
	}

	public long getTotal() {
		return Math.max(this.total, this.done.get());
	}

	public long getDone() {
		return this.done.get();
	}

	public int getPercent() {
		return (int) Math.min(100, getDone() * 100 / getTotal());
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public boolean isRunning() {
		return this.summary == null && this.error == null;
	}

	public ImportSummary getSummary() {
		return this.summary;
	}

	public String getError() {
		return this.error;
	}

	void advance(int count) {
		this.done.addAndGet(count);
	}

	void finish(ImportSummary summary) {
		this.summary = summary;
	}

	void fail(String error) {
		this.error = error;
	}

}
