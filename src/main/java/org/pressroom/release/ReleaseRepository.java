package org.pressroom.release;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Press releases. The {@code Published} queries are the only ones public pages use: they never return a draft or
 * a scheduled release. Lists come newest first; their linked ministers and countries load in one batch per page.
 */
public interface ReleaseRepository extends JpaRepository<PressRelease, Long> {

	String PUBLISHED = "r.status = org.pressroom.release.ReleaseStatus.PUBLISHED";

	String NEWEST_FIRST = " order by r.published desc, r.id desc";

	@Query(value = "select r from PressRelease r where " + PUBLISHED + NEWEST_FIRST,
			countQuery = "select count(r) from PressRelease r where " + PUBLISHED)
	Page<PressRelease> findPublished(Pageable pageable);

	@EntityGraph(attributePaths = "issuingCountry")
	@Query("select r from PressRelease r where r.slug = :slug and " + PUBLISHED)
	Optional<PressRelease> findPublishedBySlug(@Param("slug") String slug);

	@Query(value = "select r from PressRelease r join r.ministers m where m.id = :id and " + PUBLISHED + NEWEST_FIRST,
			countQuery = "select count(r) from PressRelease r join r.ministers m where m.id = :id and " + PUBLISHED)
	Page<PressRelease> findPublishedByMinister(@Param("id") long ministerId, Pageable pageable);

	@Query(value = "select r from PressRelease r where " + PUBLISHED
			+ " and (r.issuingCountry.id = :id or :id in (select c.id from r.countries c))" + NEWEST_FIRST,
			countQuery = "select count(r) from PressRelease r where " + PUBLISHED
					+ " and (r.issuingCountry.id = :id or :id in (select c.id from r.countries c))")
	Page<PressRelease> findPublishedByCountry(@Param("id") long countryId, Pageable pageable);

	@Query(value = "select r from PressRelease r join r.agreements a where a.id = :id and " + PUBLISHED
			+ NEWEST_FIRST,
			countQuery = "select count(r) from PressRelease r join r.agreements a where a.id = :id and " + PUBLISHED)
	Page<PressRelease> findPublishedByAgreement(@Param("id") long agreementId, Pageable pageable);

	@Query(value = "select r from PressRelease r join r.topics t where t.id = :id and " + PUBLISHED + NEWEST_FIRST,
			countQuery = "select count(r) from PressRelease r join r.topics t where t.id = :id and " + PUBLISHED)
	Page<PressRelease> findPublishedByTopic(@Param("id") long topicId, Pageable pageable);

	/** Other published releases that share a minister, an agreement or a topic with the given one, newest first. */
	@Query("select r from PressRelease r where " + PUBLISHED + " and r.id <> :id and ("
			+ "r.id in (select ra.id from PressRelease ra join ra.agreements a where a.id in"
			+ " (select oa.id from PressRelease o join o.agreements oa where o.id = :id))"
			+ " or r.id in (select rm.id from PressRelease rm join rm.ministers m where m.id in"
			+ " (select om.id from PressRelease o join o.ministers om where o.id = :id))"
			+ " or r.id in (select rt.id from PressRelease rt join rt.topics t where t.id in"
			+ " (select ot.id from PressRelease o join o.topics ot where o.id = :id)))" + NEWEST_FIRST)
	List<PressRelease> findPublishedRelatedTo(@Param("id") long releaseId, Limit limit);

	/** Other published releases of the same issuer, newest first. */
	@Query("select r from PressRelease r where " + PUBLISHED + " and r.id <> :id and r.issuer = :issuer"
			+ NEWEST_FIRST)
	List<PressRelease> findPublishedByIssuer(@Param("issuer") String issuer, @Param("id") long exceptId,
			Limit limit);

	// Counts of published releases, for the lists of ministers, countries, agreements and topics

	@Query("select new org.pressroom.release.Counted(m.slug, m.name, count(r)) from PressRelease r join r.ministers m"
			+ " where " + PUBLISHED + " group by m.slug, m.name order by count(r) desc, m.name")
	List<Counted> countByMinister(Limit limit);

	@Query("select new org.pressroom.release.Counted(lower(c.code), c.name, count(r)) from PressRelease r"
			+ " join r.countries c where " + PUBLISHED + " group by c.code, c.name order by count(r) desc, c.name")
	List<Counted> countByCountry(Limit limit);

	@Query("select new org.pressroom.release.Counted(a.slug, a.title, count(r)) from PressRelease r"
			+ " join r.agreements a where " + PUBLISHED + " group by a.slug, a.title order by count(r) desc, a.title")
	List<Counted> countByAgreement(Limit limit);

	@Query("select new org.pressroom.release.Counted(t.slug, t.name, count(r)) from PressRelease r join r.topics t"
			+ " where " + PUBLISHED + " group by t.slug, t.name order by count(r) desc, t.name")
	List<Counted> countByTopic(Limit limit);

}
