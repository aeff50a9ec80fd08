package org.pressroom.admin.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AdminAccountRepository extends JpaRepository<AdminAccount, Long> {

	Optional<AdminAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<AdminAccount> findAllByOrderByUsername();

	// Sign-in counters change in single statements, so parallel attempts neither conflict nor lose a count.
	@Modifying
	@Query("update AdminAccount a set a.failedSignIns = a.failedSignIns + 1 where a.username = :username")
	int countFailedSignIn(String username);

	@Modifying
	@Query("""
			update AdminAccount a set a.lockedUntil = :until, a.failedSignIns = 0
			where a.username = :username and a.failedSignIns >= :max""")
	int lockIfFailedTooOften(String username, int max, Instant until);

	@Modifying
	@Query("update AdminAccount a set a.failedSignIns = 0, a.lockedUntil = null where a.username = :username")
	int signedIn(String username);

}
