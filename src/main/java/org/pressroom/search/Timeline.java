package org.pressroom.search;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pressroom.search.SearchResult.FacetCount;
import org.springframework.web.util.HtmlUtils;

/**
 * The hits of a search over time as bars of an SVG chart drawn on the server: per month when the matches span up
 * to four years, else per year, with empty months or years shown as gaps.
 *
 * @param bars the bars, oldest first
 * @param perMonth whether a bar is a month (else a year)
 * @param peak the busiest bar, for the chart's description
 */
public record Timeline(List<Bar> bars, boolean perMonth, Bar peak, int width, int height) {

	static final int HEIGHT = 120;

	static final int LABEL_SPACE = 16;

	/** A bar: its label ({@code 2022-03} or {@code 2022}), count and geometry in the chart's coordinates. */
	public record Bar(String label, long count, double x, double y, double width, double height, String link) {
	}

	static Timeline of(List<FacetCount> months, SearchLinks links) {
		if (months.isEmpty()) {
			return new Timeline(List.of(), true, null, 0, 0);
		}
		YearMonth first = YearMonth.parse(months.get(0).value());
		YearMonth last = YearMonth.parse(months.get(months.size() - 1).value());
		boolean perMonth = first.plusYears(4).isAfter(last);
		Map<String, Long> counts = new LinkedHashMap<>();
		if (perMonth) {
			for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
				counts.put(month.toString(), 0L);
			}
		}
		else {
			for (int year = first.getYear(); year <= last.getYear(); year++) {
				counts.put(Integer.toString(year), 0L);
			}
		}
		for (FacetCount month : months) {
			String key = perMonth ? month.value() : month.value().substring(0, 4);
			counts.merge(key, month.count(), Long::sum);
		}
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
		double step = perMonth ? 12 : 36;
		double barWidth = step * 0.8;
		int chartHeight = HEIGHT - LABEL_SPACE;
		List<Bar> bars = new ArrayList<>();
		Bar peak = null;
		int i = 0;
		for (Map.Entry<String, Long> entry : counts.entrySet()) {
			double height = (max == 0) ? 0 : Math.max((entry.getValue() > 0) ? 1 : 0,
					chartHeight * entry.getValue() / (double) max);
			String link = perMonth ? null : links.year(entry.getKey());
			Bar bar = new Bar(entry.getKey(), entry.getValue(), i * step, chartHeight - height, barWidth, height, link);
			bars.add(bar);
			if (peak == null || bar.count() > peak.count()) {
				peak = bar;
			}
			i++;
		}
		return new Timeline(bars, perMonth, peak, (int) Math.ceil(Math.max(step * bars.size(), 200)), HEIGHT);
	}

	public String firstLabel() {
		return this.bars.isEmpty() ? "" : this.bars.get(0).label();
	}

	public String lastLabel() {
		return this.bars.isEmpty() ? "" : this.bars.get(this.bars.size() - 1).label();
	}

	/**
	 * The chart as accessible SVG: a title, a description, and a title per bar; {@code barTitle} has {@code {0}}
	 * for the bar's label and {@code {1}} for its count. Text is escaped.
	 */
	public String svg(String title, String description, String barTitle) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"timeline__chart\"")
			.append(" aria-labelledby=\"timeline-title timeline-desc\" viewBox=\"0 0 ")
			.append(this.width).append(' ').append(this.height).append("\" width=\"")
			.append(Math.min(this.width, 720)).append("\">");
		svg.append("<title id=\"timeline-title\">").append(HtmlUtils.htmlEscape(title)).append("</title>");
		svg.append("<desc id=\"timeline-desc\">").append(HtmlUtils.htmlEscape(description)).append("</desc>");
		svg.append("<g class=\"timeline__bars\">");
		for (Bar bar : this.bars) {
			String label = barTitle.replace("{0}", bar.label()).replace("{1}", Long.toString(bar.count()));
			svg.append("<rect class=\"timeline__bar\" x=\"").append(number(bar.x()))
				.append("\" y=\"").append(number(bar.y()))
				.append("\" width=\"").append(number(bar.width()))
				.append("\" height=\"").append(number(bar.height()))
				.append("\"><title>").append(HtmlUtils.htmlEscape(label)).append("</title></rect>");
		}
		svg.append("</g><g class=\"timeline__axis\" aria-hidden=\"true\">");
		for (Bar bar : axisLabels()) {
			svg.append("<text x=\"").append(number(bar.x())).append("\" y=\"").append(this.height - 3)
				.append("\">").append(bar.label(), 0, 4).append("</text>");
		}
		return svg.append("</g></svg>").toString();
	}

	/** A coordinate with one decimal, as SVG reads it whatever the locale. */
	private static String number(double value) {
		return Double.toString(Math.round(value * 10) / 10.0);
	}

	/** Labels under the axis: every year's first bar. */
	public List<Bar> axisLabels() {
		return this.bars.stream()
			.filter((bar) -> !this.perMonth || bar.label().endsWith("-01") || bar == this.bars.get(0))
			.toList();
	}

}
