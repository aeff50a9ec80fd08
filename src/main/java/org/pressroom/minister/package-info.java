/**
 * Ministers and heads of government: people, the spellings texts use for them, and their roles over time.
 */
package org.pressroom.minister;
