package org.pressroom.search;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

import org.pressroom.BadRequestException;
import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.release.PressRelease;
import org.pressroom.topic.Topic;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every match of a search, without a cap, streamed as it is read: {@code /search.csv} (one row per release) and
 * {@code /search.jsonl} (Pressroom's JSON Lines import format, so an export can be imported elsewhere).
 */
@RestController
class ExportController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] CSV_COLUMNS = { "slug", "title", "published", "type", "issuer", "language",
			"source_url", "ministers", "countries", "agreements", "topics" };

	private final ReleaseSearch search;

	private final TransactionTemplate readOnly;

	ExportController(ReleaseSearch search, TransactionTemplate transactions) {
		this.search = search;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	@GetMapping("/search.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam MultiValueMap<String, String> parameters) {
		ReleaseQuery query = query(parameters);
		StreamingResponseBody body = (out) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get());
			this.readOnly.executeWithoutResult((tx) -> this.search.forEach(query, (release) -> {
				try {
					csv.printRecord(release.getSlug(), release.getTitle(), release.getPublished(), release.getType(),
							release.getIssuer(), release.getLanguage(), release.getSourceUrl(),
							String.join("; ", release.getMinisters().stream().map(Minister::getName).toList()),
							String.join("; ", release.getCountries().stream().map(Country::getCode).toList()),
							String.join("; ", release.getAgreements().stream().map(Agreement::getTitle).toList()),
							String.join("; ", release.getTopics().stream().map(Topic::getName).toList()));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}));
			csv.flush();
		};
		return download(body, "text/csv;charset=UTF-8", "pressroom-search.csv");
	}

	@GetMapping("/search.jsonl")
	ResponseEntity<StreamingResponseBody> jsonl(@RequestParam MultiValueMap<String, String> parameters) {
		ReleaseQuery query = query(parameters);
		StreamingResponseBody body = (out) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			this.readOnly.executeWithoutResult((tx) -> this.search.forEach(query, (release) -> {
				try {
					writer.write(JSON.writeValueAsString(record(release)));
					writer.write('\n');
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}));
			writer.flush();
		};
		return download(body, "application/x-ndjson;charset=UTF-8", "pressroom-search.jsonl");
	}

	private static ReleaseQuery query(MultiValueMap<String, String> parameters) {
		SearchParameters request = SearchParameters.of(parameters);
		if (!request.problems().isEmpty()) {
			SearchParameters.Problem problem = request.problems().get(0);
			throw new BadRequestException(problem.code(), problem.parameter(), problem.value());
		}
		return request.query();
	}

	private static ResponseEntity<StreamingResponseBody> download(StreamingResponseBody body, String type,
			String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(body);
	}

	private static Map<String, Object> record(PressRelease release) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("title", release.getTitle());
		record.put("published", release.getPublished().toString());
		record.put("body", release.getBody());
		record.put("summary", release.getSummary());
		record.put("issuer", release.getIssuer());
		record.put("country", (release.getIssuingCountry() != null) ? release.getIssuingCountry().getCode() : null);
		record.put("type", release.getType());
		record.put("language", release.getLanguage());
		record.put("source_url", release.getSourceUrl());
		record.put("licence", release.getLicence());
		record.put("slug", release.getSlug());
		record.put("ministers", names(release.getMinisters().stream().map(Minister::getName).toList()));
		record.put("countries", names(release.getCountries().stream().map(Country::getCode).toList()));
		record.put("agreements", names(release.getAgreements().stream().map(Agreement::getTitle).toList()));
		record.put("topics", names(release.getTopics().stream().map(Topic::getName).toList()));
		return record;
	}

	private static List<String> names(List<String> names) {
		return names;
	}

}
