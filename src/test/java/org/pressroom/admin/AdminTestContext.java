package org.pressroom.admin;

/**
 * The admin tests create, publish and merge things in the archive. They share one application context of their
 * own (told apart by this property), so that what they add never shows up in the pages other features' tests
 * count and order.
 */
public final class AdminTestContext {

	public static final String ISOLATED = "pressroom.test.context=admin";

	private AdminTestContext() {
	}

}
