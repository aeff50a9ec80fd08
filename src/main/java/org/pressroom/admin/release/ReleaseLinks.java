package org.pressroom.admin.release;

import java.util.Set;

import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;

/**
 * The archive entries a release form's names resolved to.
 */
record ReleaseLinks(Country issuingCountry, Set<Minister> ministers, Set<Country> countries, Set<Agreement> agreements,
		Set<Topic> topics) {
}
