package nl.speelveld.socialmap.hsds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Stable identifiers for HSDS objects that Speelveld derives rather than stores: a taxonomy term for a role
 * type, the address of a place, a service_at_location. The same key always gives the same UUID, here and in
 * the database function hsds_uuid (V7__hsds.sql): MD5 of the key with the version 3 and variant bits set.
 */
public final class HsdsIds {

	private HsdsIds() {
	}

	public static UUID of(String key) {
		String hex = HexFormat.of().formatHex(md5(key));
		String marked = hex.substring(0, 12) + '3' + hex.substring(13, 16) + '8' + hex.substring(17);
		return UUID.fromString(marked.substring(0, 8) + '-' + marked.substring(8, 12) + '-' + marked.substring(12, 16) + '-'
				+ marked.substring(16, 20) + '-' + marked.substring(20));
	}

	/** The id of a part of an entry, such as its phone or its address. */
	public static UUID of(UUID owner, String part) {
		return of(owner + ":" + part);
	}

	private static byte[] md5(String key) {
		try {
			return MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has MD5", impossible);
		}
	}

}
