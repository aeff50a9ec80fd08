package org.pressroom.admin.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	Page<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable pageable);

	Page<AuditEntry> findByActionOrderByAtDescIdDesc(String action, Pageable pageable);

}
