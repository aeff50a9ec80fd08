package org.pressroom.admin.release;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled releases once their time has come, checking every minute.
 */
@Component
class ScheduledPublisher {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

	private final ReleaseEditor editor;

	ScheduledPublisher(ReleaseEditor editor) {
		this.editor = editor;
	}

	@Scheduled(fixedDelay = 60, initialDelay = 10, timeUnit = TimeUnit.SECONDS)
	void publishDue() {
		int published = this.editor.publishDue();
		if (published > 0) {
			log.info("Published {} scheduled release(s)", published);
		}
	}

}
