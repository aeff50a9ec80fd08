package org.pressroom.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.Command;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pressroom.jar reindex}: rebuilds the search index from the database, with a progress bar.
 */
@Component
class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

	private final IndexBuilder builder;

	private int exitCode;

	ReindexCommand(IndexBuilder builder) {
		this.builder = builder;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (Command.of(args).filter(Command.REINDEX::equals).isEmpty()) {
			return;
		}
		try {
			this.builder.recreate();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.exitCode = 1;
		}
		catch (RuntimeException ex) {
			log.error("Reindexing failed: {}", ex.getMessage(), ex);
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
