package org.pressroom.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Who may go where. Everything public stays open; {@code /admin/**} needs a signed-in admin (form login at
 * {@code /login}, CSRF-protected forms, a new session id on sign-in); the write API under {@code /api/admin/**}
 * takes an admin's HTTP Basic credentials on each request and answers 401 with a JSON error body without them;
 * so does {@code /actuator/prometheus}, the metrics for monitoring.
 * Admin accounts come from the {@code UserDetailsService} of the admin side. Web slice tests {@code @Import} this
 * class to get the real rules.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** The role every admin account has. */
	public static final String ADMIN = "ADMIN";

	static final String LOGIN = "/login";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today; the {id} prefix of each hash lets a later default take over without resetting passwords
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	@ConditionalOnWebApplication // commands such as import run without a web server, and so without these rules
	SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> writeUnauthorized(response);
		// Prometheus scrapes metrics with the same admin credentials
		return http.securityMatcher("/api/admin/**", "/actuator/prometheus")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(ADMIN))
			.httpBasic((basic) -> basic.realmName("Pressroom admin").authenticationEntryPoint(unauthorized))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized))
			// Credentials come with every request and no cookie is used, so there is no session to forge requests in
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain site(HttpSecurity http) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl(LOGIN + "?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN + "?locked"));
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin", "/admin/**")
				.hasRole(ADMIN)
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage(LOGIN).defaultSuccessUrl("/admin", false).failureHandler(failures))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
			// the public API only reads, so a request that would change something there is answered "not allowed"
			// rather than "the form was not accepted"
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.build();
	}

	private static void writeUnauthorized(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("WWW-Authenticate", "Basic realm=\"Pressroom admin\", charset=\"UTF-8\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"status\":401,\"error\":\"Unauthorized\","
					+ "\"message\":\"This API needs the HTTP Basic credentials of an admin.\"}");
	}

}
