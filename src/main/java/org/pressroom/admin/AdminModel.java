package org.pressroom.admin;

import org.pressroom.admin.audit.AuditLog;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every admin page shows: who is signed in.
 */
@ControllerAdvice(basePackages = "org.pressroom.admin")
class AdminModel {

	@ModelAttribute("adminName")
	String adminName() {
		return AuditLog.currentActor();
	}

}
