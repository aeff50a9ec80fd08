package org.pressroom.ingest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.pressroom.ingest.clean.ForeignFragment;
import org.pressroom.release.PressRelease;

/**
 * A fragment in a foreign script found inside an imported English text, such as the Armenian "ժամանակ" a machine
 * translation left behind. The release keeps its text as imported; the warning tells an admin where to look.
 */
@Entity
@Table(name = "release_warning")
public class TranslationWarning {

	/** How many ids the warning sequence hands out at a time, for a batch of inserts. */
	static final int ID_BLOCK = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "release_warning_seq")
	@SequenceGenerator(name = "release_warning_seq", sequenceName = "release_warning_seq", allocationSize = ID_BLOCK)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id")
	private PressRelease release;

	@Column(nullable = false)
	private String fragment;

	@Column(nullable = false)
	private String script;

	@Column(nullable = false, length = 1000)
	private String context;

	@Column(nullable = false)
	private Instant createdAt;

	protected TranslationWarning() {
	}

	TranslationWarning(PressRelease release, ForeignFragment fragment) {
		this.release = release;
		this.fragment = truncate(fragment.text(), 255);
		this.script = fragment.script();
		this.context = truncate(fragment.context(), 1000);
		this.createdAt = Instant.now();
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	public Long getId() {
		return this.id;
	}

	public PressRelease getRelease() {
		return this.release;
	}

	public String getFragment() {
		return this.fragment;
	}

	public String getScript() {
		return this.script;
	}

	public String getContext() {
		return this.context;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
