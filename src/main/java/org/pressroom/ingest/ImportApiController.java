package org.pressroom.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pressroom.ingest.read.ImportFile;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.pressroom.web.ApiError;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/admin/import}: one file as the request body, its format named by the Content-Type, or several
 * as {@code multipart/form-data}; answers with the import summary. Optional {@code published=YYYY-MM-DD} dates
 * scraped texts that carry no date. Admins only (HTTP Basic, see the security configuration).
 */
@RestController
class ImportApiController {

	private final ReleaseImporter importer;

	private final Uploads uploads;

	ImportApiController(ReleaseImporter importer, Uploads uploads) {
		this.importer = importer;
		this.uploads = uploads;
	}

	@PostMapping(path = "/api/admin/import", consumes = { "application/x-ndjson", "text/plain", "text/markdown" })
	ResponseEntity<?> importBody(@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
			@RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long length,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published,
			@RequestParam(defaultValue = "request body") String name, InputStream body) throws IOException {
		ImportFormat format = ImportFormat.ofMediaType(contentType).orElseThrow();
		if (length != null && length > this.uploads.maxFileSize().toBytes()) {
			return error(HttpStatus.CONTENT_TOO_LARGE, this.uploads.tooLarge("The " + name));
		}
		Optional<byte[]> content = this.uploads.read(body);
		if (content.isEmpty()) {
			return error(HttpStatus.CONTENT_TOO_LARGE, this.uploads.tooLarge("The " + name));
		}
		return importFiles(List.of(ImportFile.of(name, format, content.get())), published);
	}

	@PostMapping(path = "/api/admin/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importParts(@RequestParam(name = "file", required = false) List<MultipartFile> parts,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published)
			throws IOException {
		List<ImportFile> files = new ArrayList<>();
		for (MultipartFile part : (parts != null) ? parts : List.<MultipartFile>of()) {
			if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isEmpty())) {
				continue;
			}
			String name = (part.getOriginalFilename() != null) ? part.getOriginalFilename() : part.getName();
			Optional<ImportFormat> format = ImportFormat.ofFileName(name);
			if (format.isEmpty()) {
				return error(HttpStatus.BAD_REQUEST,
						"Unknown format of " + name + ": expected " + ImportFormat.supported());
			}
			if (part.getSize() > this.uploads.maxFileSize().toBytes()) {
				return error(HttpStatus.CONTENT_TOO_LARGE, this.uploads.tooLarge(name));
			}
			files.add(ImportFile.of(name, format.get(), part.getBytes()));
		}
		if (files.isEmpty()) {
			return error(HttpStatus.BAD_REQUEST, "No files: send them as form fields named \"file\"");
		}
		return importFiles(files, published);
	}

	private ResponseEntity<?> importFiles(List<ImportFile> files, LocalDate published) throws IOException {
		for (ImportFile file : files) {
			try (InputStream in = file.opener().open()) {
				Optional<String> notText = Uploads.notText(file.name(), in.readAllBytes());
				if (notText.isPresent()) {
					return error(HttpStatus.BAD_REQUEST, notText.get());
				}
			}
		}
		ImportSummary summary = this.importer.importFiles(files, ImportOptions.defaults().withPublished(published),
				(n) -> {
				});
		return ResponseEntity.ok(ImportReport.of(summary));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge() {
		return error(HttpStatus.CONTENT_TOO_LARGE, this.uploads.tooLarge("The upload"));
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, message));
	}

}
