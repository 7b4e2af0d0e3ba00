package org.mekonginstitute.portal.user.password;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface SetPasswordTokenRepository extends JpaRepository<SetPasswordToken, Long> {

    @Query("select t from SetPasswordToken t join fetch t.account where t.tokenHash = ?1")
    Optional<SetPasswordToken> findByTokenHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SetPasswordToken t join fetch t.account where t.tokenHash = ?1")
    Optional<SetPasswordToken> findForUpdate(String tokenHash);

    /** The newest link of an account that was not used yet, expired or not. */
    Optional<SetPasswordToken> findFirstByAccountIdAndUsedAtIsNullOrderByCreatedAtDesc(long accountId);

    /** A new link replaces the ones not used yet: an old link that was passed on by mistake stops working. */
    @Modifying(flushAutomatically = true)
    @Query("delete from SetPasswordToken t where t.account.id = ?1 and t.usedAt is null")
    int deleteUnusedOf(long accountId);
}
