package org.pressroom.admin.release;

import org.pressroom.release.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a body for the preview with the renderer of the public release page, so the preview shows exactly what
 * the public will see (and the same sanitising).
 */
@Component
class ReleasePreview {

	private final MarkdownRenderer renderer;

	ReleasePreview(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	String render(String markdown) {
		return this.renderer.toHtml((markdown != null) ? markdown : "");
	}

}
