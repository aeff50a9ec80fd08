package org.pressroom.web;

import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.pressroom.BadRequestException;
import org.pressroom.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions of bad requests into answers: the error page in the site's layout for pages, a JSON
 * {@link ApiError} for the API. Anything else goes on to {@link SiteErrorController}.
 */
final class ErrorPages {

	private ErrorPages() {
	}

	static ModelAndView page(Problem problem) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("problem", problem);
		page.setStatus(problem.status());
		return page;
	}

	/** Pages: the error page. */
	@ControllerAdvice(annotations = Controller.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class Html {

		private final MessageSource messages;

		Html(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler({ NotFoundException.class, BadRequestException.class,
				MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
				HandlerMethodValidationException.class, BindException.class, ConstraintViolationException.class })
		ModelAndView badRequest(Exception ex, Locale locale) {
			return page(Problem.of(ex, this.messages, locale));
		}

	}

	/** The JSON API: an error body. Comes first, since a {@code @RestController} is a {@code @Controller} too. */
	@RestControllerAdvice(annotations = RestController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Json {

		private final MessageSource messages;

		Json(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler({ NotFoundException.class, BadRequestException.class,
				MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
				HandlerMethodValidationException.class, BindException.class, ConstraintViolationException.class })
		ResponseEntity<ApiError> badRequest(Exception ex, Locale locale) {
			Problem problem = Problem.of(ex, this.messages, locale);
			return ResponseEntity.status(problem.status()).body(problem.toApiError());
		}

	}

}
