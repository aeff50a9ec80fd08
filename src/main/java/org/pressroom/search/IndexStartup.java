package org.pressroom.search;

import org.pressroom.Command;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, brings the index level with the database ({@link IndexCatchUp}). Runs after the sample archive loader,
 * whose import indexes as it goes, so a first start indexes nothing twice; and before the {@code import} command,
 * so that a re-run of an import that was killed leaves every release searchable.
 */
@Component
@Order(20)
class IndexStartup implements ApplicationRunner {

	private final IndexCatchUp catchUp;

	IndexStartup(IndexCatchUp catchUp) {
		this.catchUp = catchUp;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		// reindex rebuilds the whole index anyway
		if (Command.of(args).filter((command) -> command != Command.IMPORT).isPresent()) {
			return;
		}
		this.catchUp.catchUp();
	}

}
