package org.pressroom.admin.curation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.pressroom.minister.Minister;
import org.pressroom.minister.MinisterRole;

/**
 * The minister form. Aliases are one a line; roles are one a line as {@code title | country | from | to}, e.g.
 * {@code Home Secretary | GB | 2019-07-24 | 2022-09-06}, with country and dates optional.
 */
record MinisterForm(@NotBlank @Size(max = 200) String name, @Size(max = 20_000) String aliases,
		@Size(max = 200) String country, @Size(max = 20_000) String roles, Boolean reviewed,
		@Pattern(regexp = "\\d{0,18}") String version) {

	/** A role line taken apart; dates are null when not given. */
	record RoleLine(int line, String title, String country, LocalDate from, LocalDate to) {
	}

	static MinisterForm blank() {
		return new MinisterForm("", "", "", "", true, "");
	}

	static MinisterForm of(Minister minister) {
		List<String> roles = new ArrayList<>();
		for (MinisterRole role : minister.getRoles()) {
			roles.add(String.join(" | ", role.getTitle(),
					(role.getCountry() != null) ? role.getCountry().getCode() : "",
					(role.getStartDate() != null) ? role.getStartDate().toString() : "",
					(role.getEndDate() != null) ? role.getEndDate().toString() : "")
				.replaceAll("( \\| )+$", ""));
		}
		return new MinisterForm(minister.getName(), Lines.join(minister.getAliases()),
				(minister.getCountry() != null) ? minister.getCountry().getCode() : "", Lines.join(roles),
				minister.isReviewed(), String.valueOf(minister.getVersion()));
	}

	MinisterForm withVersion(long newVersion) {
		return new MinisterForm(this.name, this.aliases, this.country, this.roles, this.reviewed,
				String.valueOf(newVersion));
	}

	/** The role lines, or the problems found in them (line number and what is wrong). */
	List<RoleLine> roleLines(List<String> problems) {
		List<RoleLine> parsed = new ArrayList<>();
		String[] lines = (this.roles != null) ? this.roles.split("\\R") : new String[0];
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] parts = lines[i].split("\\|", -1);
			String title = parts[0].strip();
			if (title.isEmpty() || parts.length > 4 || title.length() > 200) {
				problems.add((i + 1) + ": " + lines[i].strip());
				continue;
			}
			try {
				parsed.add(new RoleLine(i + 1, title, part(parts, 1), date(part(parts, 2)), date(part(parts, 3))));
			}
			catch (DateTimeParseException ex) {
				problems.add((i + 1) + ": " + lines[i].strip());
			}
		}
		return parsed;
	}

	private static String part(String[] parts, int index) {
		return (index < parts.length) ? parts[index].strip() : "";
	}

	private static LocalDate date(String text) {
		return text.isEmpty() ? null : LocalDate.parse(text);
	}

}
