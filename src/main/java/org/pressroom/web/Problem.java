package org.pressroom.web;

import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.pressroom.BadRequestException;
import org.pressroom.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What went wrong with a request, in words for the person who sent it: a status and a message from
 * {@code messages.properties}, never an exception's own text.
 */
record Problem(HttpStatus status, String title, String message) {

	static Problem of(Exception ex, MessageSource messages, Locale locale) {
		if (ex instanceof NotFoundException notFound) {
			return of(HttpStatus.NOT_FOUND, messages, locale, "error.notFound." + notFound.getKind(),
					notFound.getKey());
		}
		if (ex instanceof BadRequestException badRequest) {
			return of(HttpStatus.BAD_REQUEST, messages, locale, badRequest.getCode(), badRequest.getArguments());
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return of(HttpStatus.BAD_REQUEST, messages, locale, "error.badParameter", mismatch.getName(),
					String.valueOf(mismatch.getValue()));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return of(HttpStatus.BAD_REQUEST, messages, locale, "error.missingParameter", missing.getParameterName());
		}
		if (ex instanceof HandlerMethodValidationException || ex instanceof BindException
				|| ex instanceof ConstraintViolationException) {
			return of(HttpStatus.BAD_REQUEST, messages, locale, "error.message.400");
		}
		return of(HttpStatus.INTERNAL_SERVER_ERROR, messages, locale, "error.message.default");
	}

	/** The problem of a status that reached the error page without an exception the site knows. */
	static Problem of(HttpStatus status, MessageSource messages, Locale locale) {
		return of(status, messages, locale, "error.message." + status.value());
	}

	/** A request body of a type the address does not take, with those it does ({@code accepted}). */
	static Problem unsupportedType(String accepted, MessageSource messages, Locale locale) {
		return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages, locale, "error.message.415.accepted", accepted);
	}

	private static Problem of(HttpStatus status, MessageSource messages, Locale locale, String code,
			Object... arguments) {
		String title = messages.getMessage("error.title." + status.value(), null, null, locale);
		if (title == null) {
			title = messages.getMessage("error.title.default", null, locale);
		}
		String message = messages.getMessage(code, arguments, null, locale);
		if (message == null) {
			message = messages.getMessage("error.message.default", null, locale);
		}
		return new Problem(status, title, message);
	}

	ApiError toApiError() {
		return ApiError.of(this.status, this.message);
	}

}
