package org.pressroom.minister;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinisterRepository extends JpaRepository<Minister, Long> {

	@EntityGraph(attributePaths = { "country", "aliases", "roles", "roles.country" })
	Optional<Minister> findBySlug(String slug);

	@EntityGraph(attributePaths = { "country", "aliases" })
	List<Minister> findAllByOrderByName();

	boolean existsBySlug(String slug);

}
