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
 * Releases that link to or quote a minister, for merging ministers.
 */
interface ReleaseLinksOfMinister extends JpaRepository<PressRelease, Long> {

	@Query("select distinct r from PressRelease r join r.ministers m where m.id = :ministerId")
	List<PressRelease> findByMinister(Long ministerId);

	@Query("select distinct r from PressRelease r join r.quotes q where q.minister.id = :ministerId")
	List<PressRelease> findByQuotedMinister(Long ministerId);

}
