package org.pressroom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Links to other pages of the current list, keeping every other query parameter (a search's {@code q} and
 * filters): {@code ${pageLinks.to(3)}} in a template. Every page's model has one (see {@link LayoutModel}); used
 * by {@code fragments/pagination.html}.
 */
public final class PageLinks {

	private final String path;

	private final String otherParameters;

	PageLinks(HttpServletRequest request) {
		this.path = request.getRequestURI();
		StringJoiner query = new StringJoiner("&");
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals("page")) {
				for (String value : parameter.getValue()) {
					query.add(encode(parameter.getKey()) + "=" + encode(value));
				}
			}
		}
		this.otherParameters = query.toString();
	}

	/** The current address with {@code page} set to the given (0-based) number. */
	public String to(int page) {
		return this.path + "?" + (this.otherParameters.isEmpty() ? "" : this.otherParameters + "&") + "page=" + page;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
