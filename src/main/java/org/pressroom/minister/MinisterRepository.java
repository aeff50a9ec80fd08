package org.pressroom.minister;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinisterRepository extends JpaRepository<Minister, Long> {

	@EntityGraph(attributePaths = { "country", "aliases" })
	List<Minister> findAllByOrderByName();

	/** A minister with country and roles, each role once (aliases load apart, so no join multiplies the roles). */
	@EntityGraph(attributePaths = { "country", "roles", "roles.country" })
	Optional<Minister> findWithRolesBySlug(String slug);

	boolean existsBySlug(String slug);

}
