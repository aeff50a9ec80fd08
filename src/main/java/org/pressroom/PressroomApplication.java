package org.pressroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Pressroom: a searchable archive of government press releases.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PressroomApplication {

	public static void main(String[] args) {
		SpringApplication.run(PressroomApplication.class, args);
	}

}
