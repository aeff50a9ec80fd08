/**
 * Writing releases on the admin side: the dashboard, the release form with preview, publishing and scheduling,
 * and the history of every saved version.
 */
package org.pressroom.admin.release;
