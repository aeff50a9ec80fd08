package org.pressroom.admin.release;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A release as it was saved once: its text and a readable list of its other fields, with who saved it, when and
 * why. Versions are never changed; the history compares neighbours.
 */
@Entity
public class ReleaseVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "release_id", nullable = false)
	private Long releaseId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private Instant savedAt;

	@Column(nullable = false)
	private String savedBy;

	private String note;

	@Column(nullable = false)
	private String title;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	/** The other fields, one "Label: value" line each, so a plain line diff shows what changed. */
	@Column(nullable = false, columnDefinition = "text")
	private String details;

	protected ReleaseVersion() {
	}

	ReleaseVersion(Long releaseId, int number, Instant savedAt, String savedBy, String note, ReleaseSnapshot snapshot) {
		this.releaseId = releaseId;
		this.number = number;
		this.savedAt = savedAt;
		this.savedBy = savedBy;
		this.note = note;
		this.title = snapshot.title();
		this.summary = snapshot.summary();
		this.body = snapshot.body();
		this.details = snapshot.details();
	}

	public Long getId() {
		return this.id;
	}

	public Long getReleaseId() {
		return this.releaseId;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public String getSavedBy() {
		return this.savedBy;
	}

	public String getNote() {
		return this.note;
	}

	ReleaseSnapshot snapshot() {
		return new ReleaseSnapshot(this.title, this.summary, this.body, this.details);
	}

}
