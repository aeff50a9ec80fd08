package org.pressroom.admin.account;

import org.pressroom.admin.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins towards the lockout, clears the count on success, and writes sign-ins to the audit log
 * (form sign-ins only: the write API authenticates every request and would flood it).
 */
@Component
class SignInEvents {

	private final AdminAccounts accounts;

	private final AuditLog auditLog;

	SignInEvents(AdminAccounts accounts, AuditLog auditLog) {
		this.accounts = accounts;
		this.auditLog = auditLog;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (this.accounts.exists(username)) {
			this.auditLog.record(username, AuditLog.SIGN_IN_FAILED, "admin account " + username);
			if (this.accounts.failedSignIn(username)) {
				this.auditLog.record(AuditLog.SYSTEM, AuditLog.LOCKED, "admin account " + username + " for "
						+ this.accounts.lockoutMinutes() + " minutes after repeated failed sign-ins");
			}
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.signedIn(event.getAuthentication().getName());
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.auditLog.record(username, AuditLog.SIGN_IN, "admin account " + username);
	}

}
