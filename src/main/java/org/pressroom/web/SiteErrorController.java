package org.pressroom.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop of every error the controllers did not answer themselves (an unknown address, a wrong method, a
 * failure): the error page in the site's layout, or a JSON {@link ApiError} for addresses under {@code /api/}.
 * Shows only a status and a plain message; details stay in the log.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final MessageSource messages;

	private final JsonMapper json;

	SiteErrorController(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		HttpStatus status = status(request);
		// the types an address takes, which Spring MVC names in the Accept header of its 415
		String accepted = response.getHeader(HttpHeaders.ACCEPT);
		Problem problem = (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE && accepted != null)
				? Problem.unsupportedType(accepted, this.messages, locale) : Problem.of(status, this.messages, locale);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString().substring(request.getContextPath().length()) : "";
		if (path.startsWith("/api/")) {
			response.setStatus(problem.status().value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			this.json.writeValue(response.getWriter(), problem.toApiError());
			return null;
		}
		return ErrorPages.page(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
