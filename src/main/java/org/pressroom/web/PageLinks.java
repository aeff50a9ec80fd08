package org.pressroom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Links to other pages of the current list, keeping every other query parameter (a search's {@code q} and
 * filters): {@code ${@pageLinks.to(3)}} in a template. Used by {@code fragments/pagination.html}.
 */
@Component("pageLinks")
public class PageLinks {

	/** The current address with {@code page} set to the given (0-based) number. */
	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		StringJoiner query = new StringJoiner("&");
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals("page")) {
				for (String value : parameter.getValue()) {
					query.add(encode(parameter.getKey()) + "=" + encode(value));
				}
			}
		}
		query.add("page=" + page);
		return request.getRequestURI() + "?" + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
