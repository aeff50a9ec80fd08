package org.pressroom.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.validation.Validator;

import org.pressroom.ingest.link.NameDirectory;
import org.pressroom.ingest.read.ParsedRecord;

/**
 * Reads records and prepares them ({@link PreparedRecord#of}) in batches of {@code batchSize} releases to store (and
 * the rejected entries among them) on a thread of its own, a batch or two
 * ahead of the caller, who stores them: cleaning and analysing text and storing take about as long, and on a
 * machine with two cores they overlap. A failure of the reading thread is thrown again to the caller; closing
 * stops the reading thread.
 */
final class PreparingReader implements Iterator<List<PreparedRecord>>, AutoCloseable {

	private static final int BATCHES_AHEAD = 2;

	private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	private final Thread thread;

	private Object next;

	private static final Object END = new Object();

	PreparingReader(Iterator<ParsedRecord> records, NameDirectory names, Validator validator, int batchSize) {
		this.thread = new Thread(() -> read(records, names, validator, batchSize), "import-reader");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void read(Iterator<ParsedRecord> records, NameDirectory names, Validator validator, int batchSize) {
		try {
			List<PreparedRecord> batch = new ArrayList<>(batchSize);
			int ready = 0;
			while (records.hasNext()) {
				PreparedRecord record = PreparedRecord.of(records.next(), names, validator);
				batch.add(record);
				if (record instanceof PreparedRecord.Ready && ++ready == batchSize) {
					this.batches.put(batch);
					batch = new ArrayList<>(batchSize);
					ready = 0;
				}
			}
			if (!batch.isEmpty()) {
				this.batches.put(batch);
			}
			this.batches.put(END);
		}
		catch (InterruptedException ex) {
			// the caller stopped reading
		}
		catch (RuntimeException | Error ex) {
			try {
				this.batches.put(ex);
			}
			catch (InterruptedException stopped) {
				// the caller stopped reading
			}
		}
	}

	@Override
	public boolean hasNext() {
		if (this.next == null) {
			try {
				this.next = this.batches.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while reading the import", ex);
			}
		}
		if (this.next instanceof RuntimeException ex) {
			throw ex;
		}
		if (this.next instanceof Error error) {
			throw error;
		}
		return this.next != END;
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<PreparedRecord> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		List<PreparedRecord> batch = (List<PreparedRecord>) this.next;
		this.next = null;
		return batch;
	}

	@Override
	public void close() {
		this.thread.interrupt();
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
