package org.mekonginstitute.portal.user;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select new org.mekonginstitute.portal.user.UserOption(u.id, u.displayName, u.email)"
            + " from UserAccount u where u.enabled order by u.displayName")
    List<UserOption> findOptions();
}
