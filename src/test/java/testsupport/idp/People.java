package testsupport.idp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import testsupport.idp.TestIdentityProvider.Person;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The provider's accounts, in memory, as tests add them. */
final class People implements UserDetailsService {

	private final Map<String, Person> byUsername = new ConcurrentHashMap<>();

	void add(Person person) {
		this.byUsername.put(person.username(), person);
	}

	Person get(String username) {
		Person person = this.byUsername.get(username);
		if (person == null) {
			throw new UsernameNotFoundException(username);
		}
		return person;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Person person = get(username);
		return User.withUsername(person.username()).password("{noop}" + person.password()).build();
	}

}
