package org.pressroom.admin.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, newest first.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.auditLog.latest(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "admin/audit";
	}

}
