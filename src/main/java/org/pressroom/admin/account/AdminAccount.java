package org.pressroom.admin.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

/**
 * A person who may sign in to the admin side. The password is stored only as a hash from the delegating
 * password encoder (its {@code {bcrypt}} prefix says which algorithm).
 */
@Entity
public class AdminAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(nullable = false)
	private String passwordHash;

	/** Failed sign-ins since the last successful one. */
	private int failedSignIns;

	private Instant lockedUntil;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AdminAccount() {
	}

	AdminAccount(String username, String passwordHash) {
		this.username = username;
		this.passwordHash = passwordHash;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public int getFailedSignIns() {
		return this.failedSignIns;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
