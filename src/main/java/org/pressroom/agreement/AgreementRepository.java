package org.pressroom.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	@EntityGraph(attributePaths = { "aliases", "parties", "signatories" })
	Optional<Agreement> findBySlug(String slug);

	@EntityGraph(attributePaths = "parties")
	List<Agreement> findAllByOrderByTitle();

	Optional<Agreement> findByTitleIgnoreCase(String title);

	/** The agreements a country is party to. */
	List<Agreement> findByParties_IdOrderByTitle(Long countryId);

}
