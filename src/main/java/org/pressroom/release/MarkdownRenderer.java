package org.pressroom.release;

import java.util.List;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Renders a release's Markdown body into HTML that is safe to put in a page as it is. Two locks: flexmark escapes
 * any raw HTML in the Markdown, and its output then passes the OWASP sanitizer, which keeps only plain text
 * markup and {@code http}, {@code https} and {@code mailto} links, so no script, event handler,
 * {@code javascript:} or {@code data:} URL gets through, whatever an admin or an imported file writes.
 */
@Component
public class MarkdownRenderer {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		// the page's title is its only h1: a body's top headings become h2
		.allowElements((name, attributes) -> "h2", "h1")
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul", "ol",
				"li", "em", "strong", "del", "s", "sub", "sup", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href", "title")
		.onElements("a")
		.allowAttributes("src", "alt", "title")
		.onElements("img")
		.allowAttributes("start")
		.matching(false, "\\d{1,6}")
		.onElements("ol")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	private final Parser parser;

	private final HtmlRenderer renderer;

	public MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.SUPPRESS_HTML, false);
		options.set(TablesExtension.WITH_CAPTION, false);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/** Safe HTML for a Markdown text; an empty string for none. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

	/**
	 * The text of a Markdown text (or of a piece of one) as a reader sees it: its words without their markup,
	 * blocks and lines separated by spaces. Raw HTML and link addresses are left out.
	 */
	public String toText(String markdown) {
		StringBuilder text = new StringBuilder(markdown.length());
		for (Node node : this.parser.parse(markdown).getDescendants()) {
			if (node instanceof Block || node instanceof SoftLineBreak || node instanceof HardLineBreak) {
				text.append(' ');
			}
			else if (node instanceof Text || node instanceof HtmlEntity) {
				text.append(node.getChars().unescape());
			}
		}
		return text.toString();
	}

}
