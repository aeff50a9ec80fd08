package org.pressroom.web;

import org.springframework.http.HttpStatus;

/**
 * The body of every error the JSON API answers: {@code {"status": 404, "error": "Not Found", "message": "..."}}.
 */
public record ApiError(int status, String error, String message) {

	public static ApiError of(HttpStatus status, String message) {
		return new ApiError(status.value(), status.getReasonPhrase(), message);
	}

}
