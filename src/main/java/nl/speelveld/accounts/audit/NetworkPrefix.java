package nl.speelveld.accounts.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;

/** The network part of an address: 192.0.2.0/24 or 2001:db8:1::/48. Says where, without saying who. */
final class NetworkPrefix {

	private NetworkPrefix() {
	}

	static @Nullable String of(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 4) {
				return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
			}
			return String.format("%x:%x:%x::/48", ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
					((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff), ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff));
		}
		catch (UnknownHostException notAnAddress) {
			return null;
		}
	}

}
