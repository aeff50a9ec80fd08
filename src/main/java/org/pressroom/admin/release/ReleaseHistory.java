package org.pressroom.admin.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * A release's history, newest first: for each saved version who saved it, when and why, which fields changed
 * from the version before, and the body's differences as a unified diff.
 */
record ReleaseHistory(List<Change> changes) {

	/** One saved version compared with the one before it. */
	record Change(int number, String savedBy, Instant savedAt, String note, List<FieldChange> fields,
			List<DiffLine> bodyDiff, boolean first) {
	}

	/** A field whose value differs from the version before. */
	record FieldChange(String field, String before, String after) {
	}

	/** A line of the body diff: {@code kind} is added, removed, context or hunk (the "@@" position lines). */
	record DiffLine(String kind, String text) {
	}

	private static final int CONTEXT_LINES = 2;

	static ReleaseHistory of(List<ReleaseVersion> newestFirst) {
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < newestFirst.size(); i++) {
			ReleaseVersion version = newestFirst.get(i);
			ReleaseSnapshot after = version.snapshot();
			ReleaseSnapshot before = (i + 1 < newestFirst.size()) ? newestFirst.get(i + 1).snapshot() : null;
			changes.add(new Change(version.getNumber(), version.getSavedBy(), version.getSavedAt(), version.getNote(),
					fieldChanges(before, after), (before != null) ? bodyDiff(before.body(), after.body()) : List.of(),
					before == null));
		}
		return new ReleaseHistory(changes);
	}

	static List<FieldChange> fieldChanges(ReleaseSnapshot before, ReleaseSnapshot after) {
		Map<String, String> old = fields(before);
		Map<String, String> now = fields(after);
		List<FieldChange> changed = new ArrayList<>();
		now.forEach((field, value) -> {
			String previous = old.getOrDefault(field, "");
			if (before == null || !Objects.equals(previous, value)) {
				if (before != null || !value.isEmpty()) {
					changed.add(new FieldChange(field, (before != null) ? previous : "", value));
				}
			}
		});
		return changed;
	}

	private static Map<String, String> fields(ReleaseSnapshot snapshot) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (snapshot == null) {
			return fields;
		}
		fields.put("Title", snapshot.title());
		fields.put("Summary", Objects.toString(snapshot.summary(), ""));
		for (String line : snapshot.details().split("\n")) {
			int colon = line.indexOf(": ");
			if (colon > 0) {
				fields.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return fields;
	}

	static List<DiffLine> bodyDiff(String before, String after) {
		List<String> oldLines = Arrays.asList(before.split("\\R", -1));
		List<String> newLines = Arrays.asList(after.split("\\R", -1));
		Patch<String> patch = DiffUtils.diff(oldLines, newLines);
		if (patch.getDeltas().isEmpty()) {
			return List.of();
		}
		List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("before", "after", oldLines, patch, CONTEXT_LINES);
		// the first two lines name the files ("--- before", "+++ after"): nothing an admin needs
		return unified.stream().skip(2).map(ReleaseHistory::line).toList();
	}

	private static DiffLine line(String line) {
		if (line.startsWith("@@")) {
			return new DiffLine("hunk", line);
		}
		String text = line.isEmpty() ? "" : line.substring(1);
		return switch (line.isEmpty() ? ' ' : line.charAt(0)) {
			case '+' -> new DiffLine("added", text);
			case '-' -> new DiffLine("removed", text);
			default -> new DiffLine("context", text);
		};
	}

}
