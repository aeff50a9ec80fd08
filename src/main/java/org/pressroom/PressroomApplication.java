package org.pressroom;

import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Pressroom: a searchable archive of government press releases. Without arguments it serves the archive; with a
 * {@link Command} it runs that command without a web server and exits with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PressroomApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PressroomApplication.class);
		Optional<Command> command = Command.of(args);
		if (command.isPresent()) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(command.get().defaults());
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
