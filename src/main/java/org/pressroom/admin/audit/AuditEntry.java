package org.pressroom.admin.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of the audit log: who did what to which thing, and when. Never changed once written.
 */
@Entity
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String target;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String actor, String action, String target) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.target = target;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getTarget() {
		return this.target;
	}

}
