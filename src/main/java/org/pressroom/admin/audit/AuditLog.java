package org.pressroom.admin.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records admin actions. Entries join the caller's transaction, so an action that is rolled back leaves no entry
 * claiming it happened.
 */
@Service
public class AuditLog {

	/** Actions the admin side records; other features may record their own words. */
	public static final String SIGN_IN = "sign-in";

	public static final String SIGN_IN_FAILED = "sign-in failed";

	public static final String LOCKED = "account locked";

	public static final String CREATE = "create";

	public static final String EDIT = "edit";

	public static final String DELETE = "delete";

	public static final String MERGE = "merge";

	public static final String PUBLISH = "publish";

	public static final String IMPORT = "import";

	/** The actor of actions no signed-in person started, such as scheduled publication. */
	public static final String SYSTEM = "system";

	private static final int MAX_TARGET = 1000;

	private static final int MAX_ACTOR = 100;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries) {
		this.entries = entries;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Records that {@code actor} did {@code action} (e.g. {@link #IMPORT}) to {@code target} (e.g. "releases.jsonl:
	 * 12 imported, 1 failed").
	 */
	@Transactional
	public void record(String actor, String action, String target) {
		this.entries.save(new AuditEntry(this.clock.instant(), cut(actor, MAX_ACTOR), cut(action, 40),
				cut(target, MAX_TARGET)));
	}

	/** Records an action of the signed-in admin ({@link #SYSTEM} when nobody is signed in). */
	@Transactional
	public void record(String action, String target) {
		record(currentActor(), action, target);
	}

	/** The name of the signed-in admin, or {@link #SYSTEM}. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) ? authentication.getName() : SYSTEM;
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> latest(Pageable pageable) {
		return this.entries.findAllByOrderByAtDescIdDesc(pageable);
	}

	private static String cut(String text, int max) {
		String value = (text != null) ? text : "";
		return (value.length() > max) ? value.substring(0, max - 1) + "…" : value;
	}

}
