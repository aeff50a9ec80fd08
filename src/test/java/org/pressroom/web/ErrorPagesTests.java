package org.pressroom.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pressroom.BadRequestException;
import org.pressroom.NotFoundException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Bad requests become the error page (for pages) or a JSON error (for the API), with the site's own words.
 */
class ErrorPagesTests {

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		this.mvc = MockMvcBuilders.standaloneSetup(new PageProbe(), new ApiProbe())
			.setControllerAdvice(new ErrorPages.Json(messages), new ErrorPages.Html(messages))
			.build();
	}

	@Test
	void pageWithAParameterOfTheWrongTypeGetsTheBadRequestPage() throws Exception {
		this.mvc.perform(get("/probe").param("year", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("problem",
					new Problem(HttpStatus.BAD_REQUEST, "Bad request", "The value “soon” of “year” is not valid.")));
		this.mvc.perform(get("/probe"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("problem",
					new Problem(HttpStatus.BAD_REQUEST, "Bad request", "The parameter “year” is missing.")));
	}

	@Test
	void pageOfSomethingMissingGetsTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/probe").param("year", "1900"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(model().attribute("problem",
					new Problem(HttpStatus.NOT_FOUND, "Page not found", "There is no release called “1900”.")));
	}

	@Test
	void apiAnswersBadRequestsWithAJsonError() throws Exception {
		this.mvc.perform(get("/api/probe").param("year", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.error").value("Bad Request"))
			.andExpect(jsonPath("$.message").value("The value “soon” of “year” is not valid."));
		this.mvc.perform(get("/api/probe").param("year", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("The value “-1” of “year” is not valid."));
	}

	@Controller
	static class PageProbe {

		@GetMapping("/probe")
		String show(@RequestParam int year) {
			throw new NotFoundException("release", String.valueOf(year));
		}

	}

	@RestController
	static class ApiProbe {

		@GetMapping("/api/probe")
		String show(@RequestParam int year) {
			throw new BadRequestException("error.badParameter", "year", year);
		}

	}

}
