package nl.speelveld.accounts.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored as bcrypt hashes, with the algorithm named in the hash so it can change later. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	@Bean
	PasswordEncoder passwordEncoder() {
		var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
		// Accounts without a password carry a marker that no password matches.
		encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				throw new UnsupportedOperationException();
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return false;
			}

		});
		return encoder;
	}

}
