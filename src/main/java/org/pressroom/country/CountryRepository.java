package org.pressroom.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CountryRepository extends JpaRepository<Country, Long> {

	Optional<Country> findByCode(String code);

	@EntityGraph(attributePaths = "aliases")
	List<Country> findAllByOrderByName();

}
