/**
 * Agreements between countries: declarations, memoranda, treaties, with their parties, signatories and status.
 */
package org.pressroom.agreement;
