package nl.speelveld.accounts;

import java.util.List;
import java.util.Map;

/**
 * A module that keeps data about people implements this, so that a person's download holds everything
 * Speelveld keeps about them and erasure leaves nothing behind. Erasure removes personal data and
 * anonymises public contributions (they stay, without a name), inside the erasure's transaction.
 */
public interface PersonalDataHolder {

	/** A name for this part of the download, such as {@code account} or {@code initiatives}. */
	String section();

	/** Every row this module keeps about the person, as column → value. */
	List<Map<String, Object>> export(UserId user);

	void erase(UserId user);

}
