package org.pressroom.admin.release;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a body for the preview the same way the public release page does.
 */
@Component
class ReleasePreview {

	String render(String markdown) {
		return "<pre>" + HtmlUtils.htmlEscape((markdown != null) ? markdown : "") + "</pre>";
	}

}
