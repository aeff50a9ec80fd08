package org.pressroom.admin.release;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;

/**
 * The admin side's view of releases: all of them, drafts and scheduled ones included.
 */
interface AdminReleaseRepository extends JpaRepository<PressRelease, Long>, JpaSpecificationExecutor<PressRelease> {

	@Override
	@EntityGraph(attributePaths = "issuingCountry")
	Page<PressRelease> findAll(Specification<PressRelease> specification, Pageable pageable);

	@EntityGraph(attributePaths = { "issuingCountry", "ministers", "countries", "agreements", "topics" })
	Optional<PressRelease> findWithLinksById(Long id);

	boolean existsBySlug(String slug);

	/** Locks the due releases so that two publishers at once cannot both publish one. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<PressRelease> findByStatusAndPublishAtLessThanEqual(ReleaseStatus status, LocalDateTime now);

}
