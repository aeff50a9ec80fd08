package org.pressroom.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the section of the site a page belongs to (so the navigation can mark it)
 * the query of the search box, and links to the other pages of a list.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	@ModelAttribute("currentSection")
	String currentSection(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int end = path.indexOf('/', 1);
		return (end > 0) ? path.substring(1, end) : path.substring(Math.min(1, path.length()));
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks(HttpServletRequest request) {
		return new PageLinks(request);
	}

	@ModelAttribute("searchQuery")
	String searchQuery(HttpServletRequest request) {
		return request.getParameter("q");
	}

}
