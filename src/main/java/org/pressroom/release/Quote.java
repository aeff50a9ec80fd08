package org.pressroom.release;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

import org.pressroom.minister.Minister;

/**
 * Words a release attributes to a speaker; the speaker is linked to a minister when known.
 */
@Embeddable
public class Quote {

	@Column(nullable = false)
	private String speaker;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "minister_id")
	@IndexedEmbedded(includePaths = "slug")
	// a minister's slug and name reach quoting releases through LinkedEntityReindexing in search
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Minister minister;

	@Column(nullable = false, columnDefinition = "text")
	private String text;

	protected Quote() {
	}

	public Quote(String speaker, Minister minister, String text) {
		this.speaker = speaker;
		this.minister = minister;
		this.text = text;
	}

	public String getSpeaker() {
		return this.speaker;
	}

	public Minister getMinister() {
		return this.minister;
	}

	public String getText() {
		return this.text;
	}

}
