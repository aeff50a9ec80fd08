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
 * Countries as the curation pages need them.
 */
interface CountryCuration extends JpaRepository<Country, Long> {

	@EntityGraph(attributePaths = "aliases")
	@Query("select c from Country c where lower(c.name) like :pattern escape '\\' or lower(c.code) like :pattern escape '\\' order by c.name")
	Page<Country> search(String pattern, Pageable pageable);

	@EntityGraph(attributePaths = "aliases")
	Optional<Country> findWithAliasesById(Long id);

	boolean existsByCode(String code);

}
