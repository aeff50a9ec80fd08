package org.pressroom.admin.curation;

import java.util.List;
import java.util.Optional;

import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.release.PressRelease;
import org.pressroom.topic.Topic;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Agreements as the curation pages need them.
 */
interface AgreementCuration extends JpaRepository<Agreement, Long> {

	@Query("select a from Agreement a where lower(a.title) like :pattern escape '\\' order by a.title")
	Page<Agreement> search(String pattern, Pageable pageable);

	@EntityGraph(attributePaths = { "parties", "signatories", "aliases" })
	Optional<Agreement> findWithPartiesById(Long id);

	@Query("select distinct a from Agreement a join a.signatories s where s.id = :ministerId")
	List<Agreement> findBySignatory(Long ministerId);

	boolean existsBySlug(String slug);

	/** The releases linked to an agreement, with their agreements, which a merge changes. */
	@Query("select distinct r from PressRelease r join fetch r.agreements join r.agreements a where a.id = :agreementId")
	List<PressRelease> findReleasesOf(Long agreementId);

	@Query("select count(r) from PressRelease r join r.agreements a where a.id = :id")
	long countReleases(Long id);

}
