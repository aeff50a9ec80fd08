package org.pressroom.ingest;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pressroom.NotFoundException;
import org.pressroom.ingest.read.ImportFormat;
import org.pressroom.ingest.read.ImportOptions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The bulk import page for admins: upload files, watch the import's progress (the status page refreshes itself,
 * no JavaScript needed), then read its summary with every failure by line and reason.
 */
@Controller
class ImportPageController {

	private final ImportJobs jobs;

	private final Uploads uploads;

	private final TranslationWarnings warnings;

	ImportPageController(ImportJobs jobs, Uploads uploads, TranslationWarnings warnings) {
		this.jobs = jobs;
		this.uploads = uploads;
		this.warnings = warnings;
	}

	@GetMapping("/admin/import")
	String form(Model model) {
		model.addAttribute("jobs", this.jobs.latest());
		model.addAttribute("maxMegabytes", this.uploads.maxFileSize().toMegabytes());
		return "admin/import/form";
	}

	@PostMapping("/admin/import")
	ModelAndView upload(@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String published, Principal admin) throws IOException {
		Map<String, byte[]> uploaded = new LinkedHashMap<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			String name = file.getOriginalFilename();
			if (name == null || name.isBlank()) {
				continue;
			}
			if (ImportFormat.ofFileName(name).isEmpty()) {
				return rejected("import.error.format", name, ImportFormat.supported());
			}
			if (file.getSize() > this.uploads.maxFileSize().toBytes()) {
				return rejected(this.uploads.tooLarge(name));
			}
			byte[] content = file.getBytes();
			Optional<String> notText = Uploads.notText(name, content);
			if (notText.isPresent()) {
				return rejected(notText.get());
			}
			uploaded.put(name, content);
		}
		if (uploaded.isEmpty()) {
			return rejected("import.error.noFiles");
		}
		LocalDate date = null;
		if (published != null && !published.isBlank()) {
			try {
				date = LocalDate.parse(published.strip());
			}
			catch (DateTimeParseException ex) {
				return rejected("import.error.published", published);
			}
		}
		ImportJob job = this.jobs.start(uploaded, ImportOptions.defaults().withPublished(date), admin.getName());
		return new ModelAndView("redirect:/admin/import/" + job.getId());
	}

	@GetMapping("/admin/import/{id}")
	String status(@PathVariable String id, Model model) {
		ImportJob job = parse(id).flatMap(this.jobs::find).orElseThrow(() -> new NotFoundException("import", id));
		model.addAttribute("job", job);
		return "admin/import/status";
	}

	@GetMapping("/admin/import/warnings")
	String warnings(Model model) {
		model.addAttribute("warnings", this.warnings.latest());
		return "admin/import/warnings";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		return rejected(this.uploads.tooLarge("The upload"));
	}

	private ModelAndView rejected(String code, Object... arguments) {
		ModelAndView page = new ModelAndView("admin/import/form");
		page.addObject("jobs", this.jobs.latest());
		page.addObject("maxMegabytes", this.uploads.maxFileSize().toMegabytes());
		if (code.startsWith("import.error.")) {
			page.addObject("errorCode", code);
			page.addObject("errorArguments", arguments);
		}
		else {
			page.addObject("errorText", code);
		}
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
