package org.pressroom.admin.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin accounts, under {@code pressroom.admin.}.
 *
 * @param username the first admin account, created when no admin exists
 * @param password its password; when unset, a random one is generated and logged once
 * @param maxFailedSignIns failed sign-ins in a row after which an account is locked
 * @param lockout how long a locked account refuses sign-ins
 */
@ConfigurationProperties("pressroom.admin")
record AdminProperties(@DefaultValue("admin") String username, String password,
		@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockout) {
}
