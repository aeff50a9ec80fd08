/**
 * Admin accounts and the security rules: who may sign in, how, and which routes are closed to the public.
 */
package org.pressroom.admin.account;
