package org.pressroom.admin.release;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No release has the id in the admin URL.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReleaseNotFoundException extends RuntimeException {

	ReleaseNotFoundException() {
		super("No such release");
	}

}
