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
 * Topics as the curation pages need them.
 */
interface TopicCuration extends JpaRepository<Topic, Long> {

	@Query("select t from Topic t where lower(t.name) like :pattern escape '\\' order by t.name")
	Page<Topic> search(String pattern, Pageable pageable);

	boolean existsBySlug(String slug);

	boolean existsByNameIgnoreCase(String name);

}
