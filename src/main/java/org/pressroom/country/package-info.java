/**
 * Countries: every ISO 3166-1 country with the other names texts use for it.
 */
package org.pressroom.country;
