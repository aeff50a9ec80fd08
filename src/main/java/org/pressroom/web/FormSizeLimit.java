package org.pressroom.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form post larger than any form of the site can need (a release body of 1 MB URL-encodes to at most
 * 3 MB) before anything reads it, with the 413 error page. Without it the server would stop reading the form
 * half-way and answer with its own bare error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormSizeLimit extends OncePerRequestFilter {

	static final DataSize MAX_FORM = DataSize.ofMegabytes(4);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				&& request.getContentLengthLong() > MAX_FORM.toBytes()) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
