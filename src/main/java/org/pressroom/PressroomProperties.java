package org.pressroom;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings, all under {@code pressroom.}.
 *
 * @param dataDir where the H2 file and the Lucene index live
 * @param sampleData whether to load the bundled sample archive into an empty database
 */
@ConfigurationProperties("pressroom")
public record PressroomProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean sampleData) {
}
