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
 * Ministers as the curation pages need them.
 */
interface MinisterCuration extends JpaRepository<Minister, Long> {

	@Query("""
			select m from Minister m where (:unreviewed = false or m.reviewed = false)
			and lower(m.name) like :pattern escape '\\' order by m.reviewed, m.name""")
	@EntityGraph(attributePaths = "country")
	Page<Minister> search(String pattern, boolean unreviewed, Pageable pageable);

	@EntityGraph(attributePaths = { "country", "aliases", "roles", "roles.country" })
	Optional<Minister> findWithDetailsById(Long id);

	boolean existsBySlug(String slug);

	long countByReviewedFalse();

	@Query("select count(r) from PressRelease r join r.ministers m where m.id = :id")
	long countReleases(Long id);

}
