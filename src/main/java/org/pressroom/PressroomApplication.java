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
		Optional<Command> command = Command.of(args);
		if (command.isPresent()) {
			System.exit(SpringApplication.exit(forCommand(command.get()).run(args)));
		}
		new SpringApplication(PressroomApplication.class).run(args);
	}

	/** The application that runs a command: without a web server, with the command's own defaults. */
	public static SpringApplication forCommand(Command command) {
		SpringApplication application = new SpringApplication(PressroomApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(command.defaults());
		return application;
	}

}
