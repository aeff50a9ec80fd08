package org.pressroom.admin.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Changing one's own password: the current one, then the new one typed twice.
 */
record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(min = 12, max = 200) String newPassword,
		String newPasswordAgain) {

	static PasswordForm blank() {
		return new PasswordForm("", "", "");
	}

}
