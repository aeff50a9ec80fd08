package org.pressroom.search;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.Test;

import org.pressroom.release.PressRelease;
import org.pressroom.search.SearchResult.Hit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index rebuilt when empty or written with older fields, and catching up with a database that changed while it
 * could not follow, over the sample archive.
 */
@SpringBootTest
class IndexCatchUpTests {

	@Autowired
	IndexCatchUp catchUp;

	@Autowired
	ReleaseSearch search;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void leavesAnIndexInStepAlone() throws InterruptedException {
		assertThat(this.catchUp.catchUp()).isEqualTo(new IndexCatchUp.Result(0, 0));
	}

	@Test
	void rebuildsAnEmptyIndex() throws InterruptedException {
		SearchWorkspace index = Search.mapping(this.entityManagerFactory).scope(PressRelease.class).workspace();
		index.purge();
		index.refresh();
		assertThat(this.search.indexedDocuments()).isZero();
		long releases = releaseCount();

		assertThat(this.catchUp.catchUp()).isEqualTo(new IndexCatchUp.Result((int) releases, 0));

		assertThat(this.search.indexedDocuments()).isEqualTo(releases);
		assertThat(slugs("Verlinden")).containsExactlyInAnyOrderElementsOf(ReleaseSearchTests.VERLINDEN_VISIT);
	}

	@Test
	void indexesAStoredReleaseTheIndexLacks() throws InterruptedException {
		Long id = create("Kangaroofest begins");
		dropFromIndex(id);
		assertThat(slugs("kangaroofest")).isEmpty();

		assertThat(this.catchUp.catchUp()).isEqualTo(new IndexCatchUp.Result(1, 0));

		assertThat(slugs("kangaroofest")).containsExactly("kangaroofest-begins");
		delete(id);
	}

	@Test
	void removesAReleaseTheDatabaseNoLongerHas() throws InterruptedException {
		Long id = create("Emufair closes");
		deleteBehindTheIndex(id);
		assertThat(slugs("emufair")).containsExactly("emufair-closes");

		assertThat(this.catchUp.catchUp()).isEqualTo(new IndexCatchUp.Result(0, 1));

		assertThat(slugs("emufair")).isEmpty();
	}

	@Test
	void findsAMissingReleaseWhereAnotherDeletedOneKeepsTheCountsEqual() throws InterruptedException {
		Long missing = create("Quokkafest begins");
		Long deleted = create("Bilbyfair closes");
		dropFromIndex(missing);
		deleteBehindTheIndex(deleted);
		assertThat(slugs("quokkafest")).isEmpty();
		assertThat(slugs("bilbyfair")).containsExactly("bilbyfair-closes");

		assertThat(this.catchUp.catchUp()).isEqualTo(new IndexCatchUp.Result(1, 1));

		assertThat(slugs("quokkafest")).containsExactly("quokkafest-begins");
		assertThat(slugs("bilbyfair")).isEmpty();
		delete(missing);
	}

	@Test
	void rebuildsAnIndexWrittenWithOlderFields() throws InterruptedException {
		Long id = create("Wombatday begins");
		// changed behind the index's back: the counts and ids agree, so only a rebuild brings the index up to date
		this.transactions.executeWithoutResult((tx) -> this.entityManager
			.createNativeQuery("update press_release set title = 'Numbatday begins' where id = :id")
			.setParameter("id", id)
			.executeUpdate());
		assertThat(this.catchUp.catchUp()).isEqualTo(new IndexCatchUp.Result(0, 0));
		assertThat(slugs("numbatday")).isEmpty();
		long releases = releaseCount();

		// as the next version, with other fields, finds the index this one wrote
		assertThat(this.catchUp.catchUp(PressRelease.INDEX_VERSION + 1))
			.isEqualTo(new IndexCatchUp.Result((int) releases, 0));

		assertThat(slugs("numbatday")).containsExactly("wombatday-begins");
		assertThat(this.search.indexedDocuments()).isEqualTo(releases);
		delete(id);
	}

	private Long create(String title) {
		return this.transactions.execute((tx) -> {
			PressRelease release = new PressRelease(title.toLowerCase().replace(' ', '-'), title, title + ".",
					LocalDate.of(2024, 6, 1));
			this.entityManager.persist(release);
			return release.getId();
		});
	}

	/** Takes the release out of the index only, as when a process is killed before its index commits. */
	private void dropFromIndex(Long id) {
		this.transactions.executeWithoutResult((tx) -> Search.session(this.entityManager)
			.indexingPlan()
			.purge(PressRelease.class, id, null));
	}

	/** Deletes the release from the database only, where the index cannot hear of it. */
	private void deleteBehindTheIndex(Long id) {
		this.transactions.executeWithoutResult((tx) -> this.entityManager
			.createNativeQuery("delete from press_release where id = :id")
			.setParameter("id", id)
			.executeUpdate());
	}

	private void delete(Long id) {
		this.transactions.executeWithoutResult(
				(tx) -> this.entityManager.remove(this.entityManager.find(PressRelease.class, id)));
	}

	private long releaseCount() {
		return this.transactions.execute((tx) -> this.entityManager
			.createQuery("select count(r) from PressRelease r", Long.class)
			.getSingleResult());
	}

	private List<String> slugs(String text) {
		return this.search.search(ReleaseSearchTests.query(text)).hits().stream().map(Hit::slug).toList();
	}

}
