package org.mekonginstitute.portal.user;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select new org.mekonginstitute.portal.user.UserOption(u.id, u.displayName, u.email)"
            + " from UserAccount u where u.enabled order by u.displayName")
    List<UserOption> findOptions();

    /** The enabled managers (not administrators), of one department or, with null, of all, by name. */
    @Query("select new org.mekonginstitute.portal.user.UserOption(u.id, u.displayName, u.email) from UserAccount u"
            + " where u.enabled and u.role = org.mekonginstitute.portal.user.Role.MANAGER"
            + " and (?1 is null or u.department.id = ?1) order by u.displayName")
    List<UserOption> findManagers(Long departmentId);

    /**
     * One more wrong password; the one that reaches {@code max} locks the account until {@code lockUntil} and
     * starts the count again. One statement, so concurrent attempts cannot lose a count.
     */
    @Modifying
    @Query("update UserAccount u set"
            + " u.lockedUntil = case when u.failedLogins + 1 >= :max then :lockUntil else u.lockedUntil end,"
            + " u.failedLogins = case when u.failedLogins + 1 >= :max then 0 else u.failedLogins + 1 end"
            + " where u.email = :email")
    int countFailedLogin(String email, int max, Instant lockUntil);

    @Query("select u.lockedUntil from UserAccount u where u.email = ?1 and u.lockedUntil is not null")
    Optional<Instant> findLockedUntil(String email);

    @Modifying
    @Query(
            "update UserAccount u set u.lastLoginAt = :at, u.failedLogins = 0, u.lockedUntil = null where u.email = :email")
    int recordSuccessfulLogin(String email, Instant at);

    /** The enabled administrators, locked until the transaction ends so two of them cannot both step down at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.role = org.mekonginstitute.portal.user.Role.ADMIN and u.enabled")
    List<UserAccount> lockEnabledAdmins();
}
