package org.pressroom.admin.release;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReleaseVersionRepository extends JpaRepository<ReleaseVersion, Long> {

	List<ReleaseVersion> findByReleaseIdOrderByNumberDesc(Long releaseId);

	Optional<ReleaseVersion> findFirstByReleaseIdOrderByNumberDesc(Long releaseId);

}
