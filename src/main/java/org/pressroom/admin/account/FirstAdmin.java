package org.pressroom.admin.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.pressroom.Command;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin account from {@code pressroom.admin.username} and {@code pressroom.admin.password} when
 * no admin exists yet; without a configured password it generates one and logs it once. Runs before the web
 * server accepts requests, and not for commands such as {@code import}, whose output is not where anyone would
 * look for a password.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AdminAccountRepository accounts;

	private final AdminAccounts adminAccounts;

	private final AdminProperties properties;

	private final ApplicationArguments arguments;

	FirstAdmin(AdminAccountRepository accounts, AdminAccounts adminAccounts, AdminProperties properties,
			ApplicationArguments arguments) {
		this.accounts = accounts;
		this.adminAccounts = adminAccounts;
		this.properties = properties;
		this.arguments = arguments;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (Command.of(this.arguments).isPresent() || this.accounts.count() > 0) {
			return;
		}
		String password = this.properties.password();
		if (password == null || password.isBlank()) {
			password = randomPassword();
			log.warn("Created the first admin account '{}' with the generated password: {}"
					+ " (shown only now; sign in at /login and change it under /admin/accounts)",
					this.properties.username(), password);
		}
		else {
			log.info("Created the first admin account '{}' with the configured password", this.properties.username());
		}
		this.adminAccounts.create(this.properties.username(), password);
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
