package org.pressroom.admin.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.pressroom.admin.audit.AuditLog;
import org.pressroom.web.SecurityConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin accounts: signing in (as Spring Security's user source), adding admins, changing passwords, and
 * locking an account after too many failed sign-ins.
 */
@Service
public class AdminAccounts implements UserDetailsService {

	private final AdminAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AdminProperties properties;

	private final AuditLog auditLog;

	private final Clock clock;

	AdminAccounts(AdminAccountRepository accounts, PasswordEncoder passwordEncoder, AdminProperties properties,
			AuditLog auditLog) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.auditLog = auditLog;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AdminAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No admin account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(SecurityConfiguration.ADMIN)
			.accountLocked(account.isLocked(this.clock.instant()))
			.build();
	}

	@Transactional(readOnly = true)
	public List<AdminAccount> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(username);
	}

	/** Adds an admin; the caller has checked that the name is free. */
	@Transactional
	public AdminAccount create(String username, String password) {
		AdminAccount account = this.accounts.save(new AdminAccount(username, this.passwordEncoder.encode(password)));
		this.auditLog.record(AuditLog.CREATE, "admin account " + username);
		return account;
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(String username, String password) {
		return this.accounts.findByUsername(username)
			.map((account) -> this.passwordEncoder.matches(password, account.getPasswordHash()))
			.orElse(false);
	}

	@Transactional
	public void changePassword(String username, String newPassword) {
		AdminAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No admin account"));
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		this.auditLog.record(AuditLog.EDIT, "password of admin account " + username);
	}

	/** Counts a failed sign-in; returns true when this one locked the account. */
	@Transactional
	public boolean failedSignIn(String username) {
		if (this.accounts.countFailedSignIn(username) == 0) {
			return false;
		}
		Instant until = this.clock.instant().plus(this.properties.lockout());
		return this.accounts.lockIfFailedTooOften(username, this.properties.maxFailedSignIns(), until) > 0;
	}

	@Transactional
	public void signedIn(String username) {
		this.accounts.signedIn(username);
	}

	/** Minutes a locked account stays locked, for the message on the sign-in page. */
	public long lockoutMinutes() {
		return this.properties.lockout().toMinutes();
	}

}
