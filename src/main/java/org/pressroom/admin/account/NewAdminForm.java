package org.pressroom.admin.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adding an admin: a name and a first password, typed twice.
 */
record NewAdminForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}") String username,
		@NotBlank @Size(min = 12, max = 200) String password, String passwordAgain) {

	static NewAdminForm blank() {
		return new NewAdminForm("", "", "");
	}

}
