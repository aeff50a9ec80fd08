/**
 * The web layer shared by every feature: layout, error handling, pagination, security and web configuration.
 */
package org.pressroom.web;
