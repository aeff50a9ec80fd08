/**
 * The admin side: signing in, writing and publishing releases, curating ministers, countries, agreements and
 * topics, and the audit log of what admins did.
 */
package org.pressroom.admin;
