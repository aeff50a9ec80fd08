/**
 * Topics: the named subjects releases are about.
 */
package org.pressroom.topic;
